"""Demonyms and national adjectives -> ISO 3166-1 alpha-2 country code.

News copy names a country through its people or adjective as often as by name: "Syrian forces",
"Israeli strikes", "the Ukrainian army", "Russians". The places layer records such a word as a
demonym place (kind "demonym") when it stands for the country; NORP entities are looked up here.

`DEMONYM_ADJECTIVES` maps the adjective; `DEMONYM_PEOPLE` maps the irregular people forms
("Britons", "Frenchmen", "the Dutch"); regular plurals (Syrian -> Syrians, Israeli -> Israelis)
are derived in `DEMONYMS` so the two tables stay short. Adjectives shared by several countries
("Congolese", "Korean", "Guinean") map to the country news copy most often means and are listed
in `AMBIGUOUS_DEMONYMS` so a caller can prefer context.
"""

DEMONYM_ADJECTIVES: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "Andorran": "AD", "Angolan": "AO",
    "Antiguan": "AG", "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM",
    "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ",
    "Bahamian": "BS", "Bahraini": "BH", "Bangladeshi": "BD", "Barbadian": "BB",
    "Belarusian": "BY", "Belarussian": "BY", "Belgian": "BE", "Belizean": "BZ",
    "Beninese": "BJ", "Bhutanese": "BT", "Bolivian": "BO", "Bosnian": "BA", "Botswanan": "BW",
    "Brazilian": "BR", "British": "GB", "Bruneian": "BN", "Bulgarian": "BG", "Burkinabe": "BF",
    "Burmese": "MM", "Burundian": "BI", "Cambodian": "KH", "Cameroonian": "CM",
    "Canadian": "CA", "Cape Verdean": "CV", "Central African": "CF", "Chadian": "TD",
    "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Comoran": "KM", "Congolese": "CD",
    "Costa Rican": "CR", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ",
    "Danish": "DK", "Djiboutian": "DJ", "Dominican": "DO", "Dutch": "NL", "Ecuadorian": "EC",
    "Egyptian": "EG", "Emirati": "AE", "English": "GB", "Equatorial Guinean": "GQ",
    "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Fijian": "FJ", "Filipino": "PH",
    "Philippine": "PH", "Finnish": "FI", "French": "FR", "Gabonese": "GA", "Gambian": "GM",
    "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR", "Grenadian": "GD",
    "Guatemalan": "GT", "Guinean": "GN", "Guyanese": "GY", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS", "Indian": "IN",
    "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL",
    "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE", "Kosovar": "XK", "Kuwaiti": "KW",
    "Kyrgyz": "KG", "Kyrgyzstani": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV",
    "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Liechtensteiner": "LI",
    "Lithuanian": "LT", "Luxembourgish": "LU", "Malagasy": "MG", "Malawian": "MW",
    "Malaysian": "MY", "Maldivian": "MV", "Malian": "ML", "Maltese": "MT", "Mauritanian": "MR",
    "Mauritian": "MU", "Mexican": "MX", "Moldovan": "MD", "Monegasque": "MC",
    "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ",
    "Namibian": "NA", "Nepalese": "NP", "Nepali": "NP",
    "Nicaraguan": "NI", "Nigerien": "NE", "Nigerian": "NG", "North Korean": "KP",
    "North Macedonian": "MK", "Macedonian": "MK", "Norwegian": "NO", "Omani": "OM",
    "Pakistani": "PK", "Palauan": "PW", "Palestinian": "PS", "Panamanian": "PA",
    "Papua New Guinean": "PG", "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL",
    "Portuguese": "PT", "Puerto Rican": "PR", "Qatari": "QA", "Romanian": "RO",
    "Russian": "RU", "Rwandan": "RW", "Salvadoran": "SV", "Samoan": "WS", "Saudi": "SA",
    "Saudi Arabian": "SA", "Scottish": "GB", "Senegalese": "SN", "Serbian": "RS",
    "Seychellois": "SC", "Sierra Leonean": "SL", "Singaporean": "SG", "Slovak": "SK",
    "Slovakian": "SK", "Slovenian": "SI", "Slovene": "SI", "Somali": "SO",
    "South African": "ZA", "South Korean": "KR", "Korean": "KR", "South Sudanese": "SS",
    "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Surinamese": "SR",
    "Swazi": "SZ", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW",
    "Tajik": "TJ", "Tajikistani": "TJ", "Tanzanian": "TZ", "Thai": "TH", "Timorese": "TL",
    "Togolese": "TG", "Tongan": "TO", "Trinidadian": "TT", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY",
    "American": "US", "Uzbek": "UZ", "Uzbekistani": "UZ", "Venezuelan": "VE",
    "Vietnamese": "VN", "Welsh": "GB", "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW",
    "Soviet": "RU",
}

# People forms that are not the adjective + "s": "the British" -> "Britons", "Frenchmen".
DEMONYM_PEOPLE: dict[str, str] = {
    "Britons": "GB", "Brits": "GB", "Englishman": "GB", "Englishmen": "GB", "Scots": "GB",
    "Scotsman": "GB", "Frenchman": "FR", "Frenchmen": "FR", "Frenchwoman": "FR",
    "Dutchman": "NL", "Dutchmen": "NL", "Irishman": "IE", "Irishmen": "IE",
    "Danes": "DK", "Finns": "FI", "Poles": "PL", "Swedes": "SE", "Spaniards": "ES",
    "Turks": "TR", "Kiwis": "NZ", "New Zealanders": "NZ", "Icelanders": "IS",
    "Filipinos": "PH", "Filipinas": "PH", "Luxembourgers": "LU", "Thais": "TH",
    "Kazakhs": "KZ", "Uzbeks": "UZ", "Tajiks": "TJ", "Turkmens": "TM", "Somalis": "SO",
    "Czechs": "CZ", "Slovaks": "SK", "Greeks": "GR", "Saudis": "SA", "Swazis": "SZ",
    "Afghans": "AF", "Argentines": "AR", "Azeris": "AZ", "Emiratis": "AE", "Kosovars": "XK",
    "Nepalis": "NP", "Yemenis": "YE", "Omanis": "OM", "Qataris": "QA", "Kuwaitis": "KW",
    "Iraqis": "IQ", "Israelis": "IL", "Bahrainis": "BH", "Pakistanis": "PK",
    "Bangladeshis": "BD", "Malagasy": "MG",
}

# Adjectives that name more than one country; the value above is news copy's usual referent.
AMBIGUOUS_DEMONYMS: frozenset[str] = frozenset(
    {"Congolese", "Korean", "Guinean", "Dominican", "Sudanese", "Macedonian", "Soviet", "English",
     "Scottish", "Welsh", "American"}
)

# Adjectives with no "+s" people form: invariant plurals ("the Chinese", "the Swiss") and
# adjectives whose "+s" form is another word ("Lao" + "s" is the country Laos, "Philippines").
_NO_PLURAL_SUFFIXES = ("ese", "ish", "ch", "ss", "sh", "ois", "que", "sy")
_NO_PLURAL: frozenset[str] = frozenset({"Lao", "Kyrgyz", "Malagasy", "Burmese", "Philippine"})


def _people_forms() -> dict[str, str]:
    forms = {
        adjective + "s": code
        for adjective, code in DEMONYM_ADJECTIVES.items()
        if adjective not in _NO_PLURAL and not adjective.endswith(_NO_PLURAL_SUFFIXES)
    }
    forms.update(DEMONYM_PEOPLE)
    return forms


# Every demonym form -> country code: adjectives, their regular plurals and irregular people forms.
DEMONYMS: dict[str, str] = {**_people_forms(), **DEMONYM_ADJECTIVES}
