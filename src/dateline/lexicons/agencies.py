"""News agencies as they appear in a dateline's parentheses: `BISHKEK (Reuters) -`.

Keys are lower-cased spellings seen in wire copy; values are the name the record uses.
An agency not listed here is still accepted from a dateline (as written): this table only
canonicalises spellings so a corpus can count "AP" and "Associated Press" as one.
"""

AGENCY_NAMES: dict[str, str] = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "the associated press": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "bloomberg": "Bloomberg",
    "upi": "UPI",
    "united press international": "UPI",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "ansa": "ANSA",
    "efe": "EFE",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "pa": "PA",
    "press association": "PA",
    "cp": "CP",
    "the canadian press": "CP",
    "aap": "AAP",
    "cnn": "CNN",
    "bbc": "BBC",
    "irna": "IRNA",
    "wafa": "WAFA",
    "kuna": "KUNA",
    "sputnik": "Sputnik",
    "bernama": "Bernama",
    "antara": "Antara",
    "ukrinform": "Ukrinform",
    "ani": "ANI",
    "apa": "APA",
    "nan": "NAN",
}

# A parenthesised word in a dateline that is not an agency: `LONDON (UPDATED) -` in some feeds.
NOT_AGENCIES = frozenset({"updated", "corrected", "refiled", "update", "correction"})
