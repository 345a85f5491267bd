// Consulta's service worker: keeps the consultation's pages and assets once opened, so a
// young person who loses the connection can still reload them. It never sees an answer:
// pending answers are kept and sent by app.js (see README, "Answering without a steady
// connection"). No third-party code.
'use strict';
const CACHE = 'consulta-v1';
const PAGE = /^\/c\/[^/]+(\/(help|privacy|offline))?$/;
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  const keep = (res) => {
    if (res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  };
  // Assets have content-hashed names: the cached copy is always right.
  if (url.pathname.startsWith('/static/') || url.pathname === '/manifest.webmanifest' || url.pathname === '/icon.svg') {
    e.respondWith(caches.match(req).then((hit) => hit || fetch(req).then(keep)));
  } else if (PAGE.test(url.pathname)) {
    // Pages: the network first (they change), the kept copy when offline.
    e.respondWith(fetch(req).then(keep).catch(() => caches.match(req).then((hit) => hit || Response.error())));
  }
});
