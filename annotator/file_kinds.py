"""The file endings ``annotator.extract`` reads (web pages, Word documents, PDFs) and those it
refuses with advice: what an import needs to know of it before any such file is read, in a
module of its own so that importing a text article does not load the extractors' front
(their dataclasses, hashlib and OpenSSL).
"""

#: File endings read by an extractor, and the format each one names.
FORMATS = {".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
#: Formats refused with advice rather than read as text.
REFUSED = {
    ".doc": "a Word 97–2003 document (.doc) cannot be read: save it as .docx in Word first",
    ".rtf": "RTF documents cannot be read: save it as .docx or plain text first",
    ".odt": "OpenDocument text cannot be read: save it as .docx or plain text first",
}
