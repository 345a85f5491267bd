# The group's public record: meetings, documents (issue #25).
rec-title = Public record
rec-intro = The group's meetings, the consultations run before and during them, and the documents it published: contributions from members, reports and summaries. Open to everyone, no password needed.
rec-group-home = Back to the group's home
rec-link = Meetings and documents
rec-records-heading = The groups' meetings and documents
rec-records-intro = Each working group keeps a public record of its meetings, contributions and reports.
rec-search-heading = Search the documents
rec-search-words = Words in the title
rec-search-year = Year
rec-search-any = Any
rec-search-button = Search
rec-results-heading = Documents found
rec-results-count = { $count ->
    [0] No document matches your search.
    [one] One document matches your search.
   *[other] { $count } documents match your search.
  }
rec-meetings = Meetings
rec-no-meetings = The group has no meetings yet.
rec-documents-count = { $count ->
    [0] no documents
    [one] one document
   *[other] { $count } documents
  }
rec-meeting-dates = Dates
rec-meeting-place = Place
rec-manage-documents = Documents of the meeting
rec-consultations = Consultations before and during the meeting
rec-no-consultations = No consultation is linked to this meeting yet.
rec-documents = Documents
rec-no-documents = No documents have been published for this meeting yet.
rec-field-type = Type
rec-field-author-org = Author organisation
rec-field-date = Date
rec-field-meeting = Meeting
rec-field-language = Language
rec-field-status = Status
rec-field-title = Title
rec-field-file = File
rec-file-hint = PDF, DOCX, XLSX, PPTX or ODT, at most 25 MB.
rec-files = Download
rec-withdrawn = Withdrawn
rec-withdrawn-intro = This document was withdrawn by the group's facilitators, for this reason:
rec-kind-contribution = Contribution
rec-kind-report = Report
rec-kind-summary = Summary
rec-kind-other = Other
rec-status-draft = Draft (not public)
rec-status-published = Published
rec-status-withdrawn = Withdrawn
rec-public-page = Public page of the meeting
rec-manage-intro = Members and facilitators upload documents; only facilitators publish them. A document is public once published, and a withdrawn one shows the reason in its place.
rec-add-language = Add or replace a language version
rec-upload-button = Upload
rec-upload-heading = Upload a document
rec-publish-button = Publish
rec-withdraw-heading = Withdraw this document
rec-withdraw-reason = Reason shown to the public
rec-withdraw-button = Withdraw the document
rec-v-query-long = The search text is too long: use at most 200 characters.
rec-v-year = Choose a year from the list.
rec-v-type = Choose a type from the list.
rec-v-language = Choose a language from the list.
rec-v-title = Give the document a title (at most 300 characters).
rec-v-author-org = Name the organisation that wrote the document (at most 200 characters).
rec-v-date = Enter the document's date, for example 2027-03-14.
rec-v-reason = Give the reason the public will read in place of the document (at most 2,000 characters).
rec-v-withdrawn = This document was withdrawn: no file can be added to it.
rec-v-file-missing = Choose the file to upload.
rec-v-file-too-large = The file is larger than 25 MB. Make it smaller, for example by saving the PDF for the web, and try again.
rec-v-file-not-accepted = This file is not a PDF, DOCX, XLSX, PPTX or ODT document. Choose a document in one of these formats.
rec-v-file-name-mismatch = The file's name does not match what it contains (for example a Word document named .pdf). Rename it with the right ending, or choose another file.

# Breakdown dimensions worked out from the country (regions).
agg-dim-region = Region (UN M49)
agg-dim-itu_region = ITU region
rec-document-page = The document's page
