"""Shared data and formatting helpers for corpus 8 (seeded, no I/O)."""
import re
from decimal import Decimal

BE_PLACES = [  # (postcode, village/deelgemeente, phone zone)
    ("8956", "Kemmel", "057"), ("8950", "Nieuwkerke", "057"), ("8951", "Dranouter", "057"),
    ("8953", "Wijtschate", "057"), ("8954", "Westouter", "057"), ("8958", "Loker", "057"),
    ("8957", "Mesen", "057"), ("8900", "Ieper", "057"), ("8904", "Boezinge", "057"),
    ("8906", "Elverdinge", "057"), ("8908", "Vlamertinge", "057"), ("8902", "Zillebeke", "057"),
    ("8920", "Poelkapelle", "057"), ("8920", "Langemark", "057"), ("8970", "Poperinge", "057"),
    ("8972", "Proven", "057"), ("8972", "Krombeke", "057"), ("8978", "Watou", "057"),
    ("8980", "Passendale", "051"), ("8980", "Beselare", "056"), ("8980", "Zonnebeke", "051"),
    ("8640", "Westvleteren", "057"), ("8640", "Oostvleteren", "057"), ("8647", "Lo", "058"),
    ("8647", "Pollinkhove", "058"), ("8650", "Houthulst", "051"), ("8650", "Merkem", "051"),
    ("8600", "Diksmuide", "051"), ("8600", "Esen", "051"), ("8600", "Woumen", "051"),
    ("8690", "Alveringem", "058"), ("8691", "Stavele", "058"), ("8691", "Izenberge", "058"),
    ("8630", "Veurne", "058"), ("8630", "Houtem", "058"), ("8670", "Oostduinkerke", "058"),
    ("8660", "Adinkerke", "058"), ("8620", "Ramskapelle", "058"), ("8610", "Handzame", "051"),
]
FR_PLACES = [  # (postcode, commune, fixed prefix)
    ("59470", "Wormhout", "0328"), ("59470", "Herzeele", "0328"), ("59114", "Steenvoorde", "0328"),
    ("59114", "Eecke", "0328"), ("59670", "Cassel", "0328"), ("59190", "Hazebrouck", "0328"),
    ("59190", "Caëstre", "0328"), ("59270", "Bailleul", "0328"), ("59270", "Godewaersvelde", "0328"),
    ("59299", "Boeschepe", "0328"), ("59122", "Hondschoote", "0328"), ("59380", "Bergues", "0328"),
    ("59380", "Quaëdypre", "0328"), ("59380", "Socx", "0328"), ("59229", "Téteghem", "0328"),
    ("59630", "Bourbourg", "0328"), ("59143", "Watten", "0321"), ("59285", "Arnèke", "0328"),
    ("59181", "Steenwerck", "0328"), ("59850", "Nieppe", "0320"), ("59940", "Estaires", "0328"),
    ("59660", "Merville", "0328"), ("59173", "Renescure", "0328"), ("59560", "Comines", "0320"),
    ("59117", "Wervicq-Sud", "0320"), ("59250", "Halluin", "0320"), ("59126", "Linselles", "0320"),
    ("59820", "Gravelines", "0328"), ("59660", "Haverskerque", "0328"), ("59670", "Oxelaëre", "0328"),
]
NL_FIRST = ["Jan", "Marleen", "Koen", "Griet", "Pieter", "Annelies", "Dirk", "Els", "Bart", "Hilde", "Wouter",
            "Lieve", "Stijn", "Nele", "Geert", "Katrien", "Filip", "Sofie", "Rik", "An", "Jozef", "Mieke",
            "Lander", "Ine", "Frederik", "Veerle", "Ward", "Lotte", "Noël", "Godelieve"]
NL_LAST = ["Vandenbroucke", "Deprez", "Vanhoutte", "Lefever", "Declercq", "Dewulf", "Vandamme", "Verhaeghe",
           "Coudeville", "Debaene", "Vanneste", "Delanghe", "Ghesquiere", "Vermeersch", "Decroos", "Boone",
           "Van Acker", "De Vos", "Deleu", "Soenen", "Clarysse", "Dumoulin", "Vandevoorde", "Lahaye", "Seys",
           "Hoflack", "Vanlerberghe", "Desmyttere", "Olivier", "Depoorter"]
FR_FIRST = ["Marie", "Jean-Pierre", "Sylvie", "Christophe", "Nathalie", "Didier", "Isabelle", "Bruno",
            "Véronique", "Thierry", "Sandrine", "Patrick", "Émilie", "Laurent", "Martine", "Hervé", "Céline",
            "Régis", "Aurélie", "Bernard", "Maryse", "Jérôme", "Françoise", "Ludovic", "Chantal", "Damien",
            "Odile", "Franck", "Hélène", "Gérard"]
FR_LAST = ["Dumont", "Vanhée", "Lefebvre", "Deschodt", "Ryckebusch", "Delattre", "Vandewalle", "Baert",
           "Decock", "Beauvois", "Hennebelle", "Wyckaert", "Lemaire", "Caron", "Dehondt", "Vanpeperstraete",
           "Bollengier", "Devos", "Cousin", "Lebleu", "Verhaeghe", "Schoonheere", "Desmet", "Blondé", "Top",
           "Maerten", "Coppin", "Flahaut", "Vercoutre", "Lamote"]
EN_FIRST = ["Emma", "James", "Sarah", "Tom", "Rachel", "David", "Claire", "Mark"]
EN_LAST = ["Whitfield", "Harper", "O'Connell", "Pritchard", "Lawson", "McAllister", "Fenwick", "Holloway"]

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Statiestraat", "Molenstraat", "Kapelstraat", "Lindelaan",
              "Hoogstraat", "Bergstraat", "Nieuwstraat", "Zuidstraat", "Pastoriestraat", "Kasteelstraat",
              "Vijverstraat", "Boomgaardstraat", "Hofstraat", "Heirweg", "Veldstraat", "Meersstraat",
              "Ieperstraat", "Poperingseweg", "Kemmelseweg", "Smidsestraat", "Bruggestraat", "Zandstraat"]
FR_STREETS = ["rue de la Gare", "rue des Écoles", "rue Pasteur", "chemin du Moulin", "route de Cassel",
              "rue du Général de Gaulle", "impasse des Lilas", "rue des Tilleuls", "place de l'Église",
              "rue de Dunkerque", "rue du Moulin", "allée des Peupliers", "rue Victor Hugo", "rue de Bergues",
              "chemin des Prés", "rue de l'Yser", "rue de Bailleul", "rue Jean Jaurès", "résidence Les Hêtres",
              "rue du Mont des Cats", "rue de la Chapelle", "sentier des Jardins"]

COORD_ADDR_NL = "Woumenweg 100, 8600 Diksmuide"
COORD_EMAIL = "coordinator@example.org"
COORD_PHONE = "051 00 00 00"

FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
NL_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def words(n, lang):
    """Amount in words for multiples of 100 up to 10 000."""
    t, h = n // 1000, (n % 1000) // 100
    parts = []
    if lang == "fr":
        if t:
            parts.append("mille" if t == 1 else FR_UNITS[t] + " mille")
        if h:
            parts.append("cent" if h == 1 else FR_UNITS[h] + " cents")
        return " ".join(parts) + " euros"
    if lang == "nl":
        if t:
            parts.append("duizend" if t == 1 else NL_UNITS[t] + "duizend")
        if h:
            parts.append("honderd" if h == 1 else NL_UNITS[h] + "honderd")
        return " ".join(parts) + " euro"
    if t:
        parts.append(EN_UNITS[t] + " thousand")
    if h:
        parts.append(EN_UNITS[h] + " hundred")
    return " ".join(parts) + " euros"


def _group(i, sep):
    s = str(i)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_amount(v, style):
    v = Decimal(v)
    i = int(v)
    c = int((v - i) * 100)
    cs = "%02d" % c
    if style == "be_dash":
        return "€ %s,-" % _group(i, ".") if c == 0 else "€ %s,%s" % (_group(i, "."), cs)
    if style == "be_full":
        return "€ %s,%s" % (_group(i, "."), cs)
    if style == "fr_space":
        return "%s,%s €" % (_group(i, " "), cs)
    if style == "fr_plain":
        return ("%d €" % i) if c == 0 else "%d,%s €" % (i, cs)
    if style == "fr_space_int":
        return ("%s €" % _group(i, " ")) if c == 0 else "%s,%s €" % (_group(i, " "), cs)
    if style == "nl_euro":
        return ("%s euro" % _group(i, ".")) if c == 0 else "%s,%s euro" % (_group(i, "."), cs)
    if style == "fr_euros":
        return ("%s euros" % _group(i, " ")) if c == 0 else "%s,%s euros" % (_group(i, " "), cs)
    if style == "bare":
        return "%d,%s" % (i, cs) if c else "%d" % i
    if style == "bare_dot":
        return "%s,%s" % (_group(i, "."), cs)
    if style == "EUR":
        return "EUR %s,%s" % (_group(i, "."), cs)
    if style == "en":
        return ("€%s" % _group(i, ",")) if c == 0 else "€%s.%s" % (_group(i, ","), cs)
    if style == "en_eur":
        return "EUR %s.%s" % (_group(i, ","), cs)
    raise ValueError(style)


AMOUNT_STYLES = {
    "nl": ["be_dash", "be_full", "nl_euro", "EUR", "be_dash", "bare_dot"],
    "fr": ["fr_space", "fr_plain", "fr_space_int", "fr_euros", "fr_space", "EUR"],
    "en": ["en", "en_eur", "en"],
}


def parse_amount(s):
    """Independent re-reading of a written amount (used by verify.py)."""
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"(?i)euros|euro|eur|€", "", s).strip()
    s = re.sub(r",-+$", "", s).replace(" ", "")
    if "." in s and "," in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        th = "." if dec == "," else ","
        s = s.replace(th, "").replace(dec, ".")
    elif "," in s:
        if re.search(r",\d{2}$", s):
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "." in s:
        if re.search(r"\.\d{3}$", s):
            s = s.replace(".", "")
    return "%.2f" % Decimal(s)


def phone_e164(written, country):
    s = written.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", s)
    if d.startswith("00"):
        d = "+" + d[2:]
    if d.startswith("+"):
        return d
    return ("+32" if country == "BE" else "+33") + d[1:]


def phone_digits_be_mobile(rng):
    return "04" + rng.choice(["70", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86", "94", "95", "96", "97", "98", "99"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))


def fmt_phone(d, country, rng):
    """d: national digits starting with 0."""
    if country == "BE":
        if len(d) == 10:  # mobile 04xx
            a, b, c, e = d[:4], d[4:6], d[6:8], d[8:]
            return rng.choice([f"{a} {b} {c} {e}", f"{a}/{b}.{c}.{e}", f"{a} {b}{c}{e[0]} {e[1]}" if False else f"{a} {d[4:7]} {d[7:]}",
                               f"+32 {d[1:4]} {b} {c} {e}", f"0032 {d[1:4]} {b} {c} {e}", f"{a}/{b} {c} {e}", d])
        a, b, c, e = d[:3], d[3:5], d[5:7], d[7:]
        return rng.choice([f"{a} {b} {c} {e}", f"{a}/{b}.{c}.{e}", f"{a}/{b} {c} {e}", f"+32 {d[1:3]} {b} {c} {e}"])
    p = [d[i:i + 2] for i in range(0, 10, 2)]
    return rng.choice([" ".join(p), ".".join(p), d, "+33 " + d[1] + " " + " ".join(p[1:]),
                       "+33 (0)" + d[1] + " " + " ".join(p[1:]), " ".join(p), "-".join(p) if False else ".".join(p)])
