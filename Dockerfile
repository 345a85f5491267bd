# Production image: a release build of Consulta on a slim Debian. The PDF report is part of
# the one executable, with its fonts built in (report-pdf/fonts), so no font package is
# installed. Build context: the repository.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin consulta

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /var/lib/consulta --create-home consulta \
 && install -d -o consulta -m 700 /var/lib/consulta/data
COPY --from=build /src/target/release/consulta /usr/local/bin/consulta
USER consulta
WORKDIR /var/lib/consulta
ENV CONSULTA_HOST=0.0.0.0 CONSULTA_PORT=8080 CONSULTA_DATA_DIR=/var/lib/consulta/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fs http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["consulta"]
CMD ["serve"]
