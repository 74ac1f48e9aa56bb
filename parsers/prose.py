"""Who applies, as people write it in letters and mails rather than in a form's boxes.

- The organisation is named in a sentence ("namens ...", "in naam van ...", "als voorzitter van ...",
  "au nom de ...", "pour l'association ...") or on the line under the name in the signature.
- Contact details come on one line, separated by commas: name, street, postcode and place, phone, e-mail.
- "Naam initiatiefnemer" / "Porteur de projet" names an organisation or a person: the value decides.
Pure functions over text; ``parsers.fields`` turns what they find into candidates.
"""

from __future__ import annotations

import re

from parsers.field_table import EMAIL_RE
from parsers.labels import label_at_start
from parsers.phone import normalise_phone
from parsers.places import fold

# Words that make a name an organisation's, in both languages (compared case-insensitively, whole words)
_ORG_WORDS = (
    r"vzw|v\.z\.w\.?|asbl|a\.s\.b\.l\.?|association|vereniging|feitelijke vereniging|comit[ée]|buurtcomit[ée]|"
    r"dorpsraad|collectif|collectief|club|gilde|landelijke gilde|buurt\w*|wijk\w*|bewonersgroep|bewoners\w*|"
    r"werkgroep|school|basisschool|[ée]cole|coll[èe]ge|lyc[ée]e|chiro|patro|scouts?|ksa|kla|jeugdhuis|jeugdbeweging|"
    r"fanfare|harmonie|parochie|paroisse|ocmw|cpas|stichting|fondation|amicale|amis|vrienden|kring|cercle|bond|"
    r"gezinsbond|okra|femma|kwb|vief|foyer|mjc|maison|centre|centrum|union|soci[ée]t[ée]|f[êe]tes?|"
    r"confr[ée]rie|coop[ée]rative|co[öo]peratie|cvba|team|ploeg|raad|conseil|quartier|voisins|habitants|"
    r"jardins?|tuin\w*|moestuin\w*|sportclub|toneel\w*|th[ée][âa]tre|chorale|koor|zangkoor|atelier|"
    r"repair\s?caf[ée]|groupe|groep|projectgroep|initiative|initiatief|compagnie|asso|"
    # movements and kinds of groups named without "vzw" or "association" ("KVLV Krombeke", "Les Aînés de X")
    r"kvlv|klj|kwb|ferm|samana|natuurpunt|davidsfonds|willemsfonds|markant|curieus|landelijke|heemkring|"
    r"ziekenzorg|senioren|seniors|jeugd|ouderraad|oudervereniging|schutters\w*|a[îi]n[ée]s|anciens|"
    r"randonneurs|marcheurs|familles rurales|parents d['’][ée]l[èe]ves|"
    r"harmonie|philharmonie|orchestre|muziekkapel|majorettes|cyclo\w*|wielerclub|sport\w*|loisirs|"
    r"patrimoine|heemkunde|heemkundige|erfgoedkring|natuurpunt|secours populaire|croix[- ]rouge|"
    r"rode kruis|r[ée]seau|netwerk|platform|plateforme|"
    # the English-speaking residents' groups
    r"group|circle|society|committee|network|friends|neighbours|residents"
)
# Dutch glues words together: "Feestcomité", "Oudercomité", "Dorpsraad", "Buurtwerking", "Jeugdclub"
_COMPOUND_TAILS = r"comit[ée]|vereniging|werking|raad|groep|club|gilde|kring|koor|school|bond|ploeg|collectief"
# one word of a group's name, to be compiled case-insensitively (documents puts an article before it)
ORG_WORD_PATTERN = rf"(?<![\w-])(?:{_ORG_WORDS}|[^\W\d_]{{2,}}(?:{_COMPOUND_TAILS}))(?![\w-])"
ORG_WORD = re.compile(rf"(?i){ORG_WORD_PATTERN}")
_PERSON = re.compile(
    r"(?:(?:Mevr|Mme|Mr|Dhr|M|Mevrouw|Meneer|Madame|Monsieur)\.?\s+)?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
    r"(?:\s+(?:van|de|der|den|le|la|du|des|d'|Van|De|Le|La|Du|Vanden|Vande|Van der|Van de)?\s*"
    r"[A-ZÀ-Ý][\wà-ÿ'’-]+){1,3}")


# The roles people give themselves in a group ("ondervoorzitster", "vice-présidente", "membre du bureau")
ROLE = (r"(?:onder|vice[- ]?|co[- ]?|adjunct[- ]?)?(?:voorzit(?:ter|ster)|secretaris|penningmeester|trekker|"
        r"bestuurslid|bestuursleden|co[öo]rdinat(?:or|rice|eur)|verantwoordelijke|contactpersoon|vrijwilliger|"
        r"lid|leider|leidster|leerkracht|directeur|directrice|zaakvoerder|pr[ée]sident(?:e)?|secr[ée]taire|"
        r"tr[ée]sori(?:er|[èe]re)|responsable|animat(?:eur|rice)|membre(?: du bureau| du conseil)?|"
        r"b[ée]n[ée]vole|fondat(?:eur|rice)|g[ée]rante?|chef|chair(?:man|woman|person)?|secretary|treasurer|"
        r"member|volunteer|founder|board member|charg[ée](?:\(e\)|e)? (?:du dossier|de mission|de projet))")


def looks_like_organisation(text: str) -> bool:
    return bool(ORG_WORD.search(text))


# a person's name starts with a given name, never with an article ("Les Jardiniers du Nord", "De Zonnebloemers")
_ARTICLE_FIRST = re.compile(
    r"(?i)^(?:les|la|le|l['’]|het|de|den|des|du|un|une|een|onze|ons|notre|nos|'t)(?:\s|(?<=['’]))")


def looks_like_person(text: str) -> bool:
    """"Griet Vermeersch", "Jean-Pierre Lemaire": two to four capitalised words, no digits, no org word,
    no article first, no town's administration ("Mairie de Hoymille", "Gemeente Alveringem")."""
    cleaned = " ".join(text.split())
    return (bool(_PERSON.fullmatch(cleaned)) and not looks_like_organisation(cleaned)
            and not any(ch.isdigit() for ch in cleaned) and not _ARTICLE_FIRST.match(cleaned)
            and not _PUBLIC_BODY.match(cleaned))


def is_public_body(text: str) -> bool:
    """A town's administration ("Gemeente Alveringem", "Mairie de Hoymille"): a group, though no group word."""
    return bool(_PUBLIC_BODY.match(" ".join(text.split())))


# "membre du bureau", "membre du conseil": the board a role is of, when no group's name follows it
_NOT_A_BOARD = r"(?!\s+(?:bureau|conseil)\b(?!\s+(?:de|du|des|d['’])))"
# "namens", "in naam van", "als voorzitter van", "au nom de", "pour l'association", "de la part de"
_ORG_INTRO = re.compile(
    r"(?i)(?:\bnamens|\bin naam van|\bvanuit|\bon behalf of|\bas\s+(?:the\s+)?" + ROLE + r"\s+of|\bvoor rekening van|"
    r"\bals\s+" + ROLE + r"\s+(?:van|bij)|"
    r"\b" + ROLE + r"\s+(?:van|bij)|\b(?:wij|we|nous),?\s+(?:de\s+|les\s+)?(?:leden|vrijwilligers|membres|"
    r"bénévoles)\s+(?:van|de|du|des)|\bau sein\s+(?:de|du|des)|"
    r"\bau nom\s+(?:de|du|des)|\bde la part\s+(?:de|du|des)|\bpour le compte\s+(?:de|du|des)|"
    r"\ben tant que\s+(?:(?-i:[a-zà-ÿ])\w*\s+){1,3}?(?:de|du|des)|"  # a role ("en tant que présidente de")
    # "Membre du bureau - Les Amis du moulin": "du bureau" ends the role, it names no group ("présidente du
    # conseil de quartier X" does)
    r"\b" + ROLE + r"\s+(?:de|du|des)" + _NOT_A_BOARD + "|"
    r"\bpour(?=\s+(?:l['’]|le |la |les )?(?:association|asbl|comité|collectif|club|école|amicale))|"
    # "de aanvraag van het buurtcomité X", "la candidature du comité X", "wordt opengehouden door de
    # bewonersgroep X", "porté par l'association X": whose application or work it is, a group's kind following
    r"(?:\b(?:aanvraag|projectaanvraag|kandidatuur|candidature|demande|dossier)\s+(?:van|de|du|des)|"
    r"\b(?:gedragen|getrokken|opengehouden|georganiseerd|porté|portée|mené|menée|animé|animée|organisé|organisée)"
    r"\s+(?:door|par))"
    r"(?=\s+(?:l['’]|le |la |les |de |het |ons |onze |notre )?(?:buurtcomité|wijkcomité|comité|association|asbl|"
    r"vereniging|vzw|dorpsraad|wijkraad|bewonersgroep|werkgroep|collectif|club|amicale)\b)|"
    # "(nous sommes) réunis dans l'association « Ledringhem Ensemble »", "(we zijn) verenigd in de werkgroep X":
    # the writers gathered in it, not a group the project happens in or a daughter volunteers for
    r"\b(?:réuni[e]?s|regroupé[e]?s|rassemblé[e]?s|verenigd|samengebracht)\s+(?:dans|au sein d[eu]|in|binnen)"
    r"(?=\s+(?:l['’]|le |la |les |de |het |een )?(?:association|asbl|comité|collectif|club|amicale|vereniging|vzw|"
    r"werkgroep|groep|groupe)\b)|"
    r"\b(?:vrijwilliger|lid|actief|bestuurslid|medewerker|bénévole|membre|adhérent)e?\s+(?:bij|van|chez|de|du)"
    + _NOT_A_BOARD + "|"
    r"\b" + ROLE + r"\s+of(?:\s+the)?(?=\s+[A-ZÀ-Ý])|"  # "chair of Leisele Residents' Club"
    r"\b(?:idée de projet|notre projet|ons projectidee|ons voorstel|projectidee)\s+(?:pour|voor|van)"
    r"(?=\s+(?:l['’]|le |la |les |de |het )?[A-ZÀ-Ý]))\s+"
    r"(?:(?:de|het|onze|ons|du|des|notre|nos)\s+|(?:la|le|les)\s+(?=(?-i:[a-zà-ÿ])|(?:comit[ée]|association|asbl|club|collectif|amicale|maison|centre|"
    r"groupe|conseil|foyer|cercle|chorale|union|soci[ée]t[ée])\b)|(?:l['’]|d['’])\s*){0,2}"
    r"(?P<org>[^,.;:!?\n()]{2,80})")
# "Wij zijn ..." / "nous sommes ..." introduce the group too, but only when an organisation word follows
_IS_A_GROUP = re.compile(
    r"(?:^|[.?!]\s+|\n)(?P<org>[A-ZÀ-Ý][^.?!\n,]{2,60}?)\s+(?:is een|is de|est une|est un)\s+"
    r"(?:\w+\s+){0,2}(?:vereniging|vzw|feitelijke vereniging|jeugdbeweging|organisatie|buurtcomité|"
    r"association|collectif|comité|club|groupe)\b")
# "namens onze vereniging, De Zonnebloem, ...": the kind of group, then its name after the comma
_OUR_GROUP_NAMED = re.compile(
    r"(?i)\b(?:namens|in naam van|au nom de|pour|voor|de la part de)\s+(?:onze|ons|notre|mijn|ma|mon)\s+"
    r"(?:vereniging|association|comité|comite|buurtcomité|club|groep|groupe|collectif|werkgroep|amicale),?\s+"
    r"(?:(?-i:de|het|les|la|le|l['’])\s*)?(?P<org>[^,.;:!?\n()]{2,80})")
# "L'association Les Amis du Mont Noir souhaite ...", "Vzw Dorpsleven dient ...": a group as the sentence's
# subject, before the verb that says it applies (only names that look like a group's are taken)
_GROUP_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:(?:L['’]|La |Le |Les |De |Het |Onze |Notre )\s*)?"
    r"(?P<org>(?:association|vereniging|vzw|asbl|comité|buurtcomité|feestcomité|amicale|club|collectif|"
    r"cercle|werkgroep|Association|Vereniging|Vzw|VZW|Asbl|ASBL|Comité|Buurtcomité|Feestcomité|Amicale|Club|"
    r"Collectif|Cercle|Werkgroep|"
    # "De Dorpsraad Westvleteren vraagt steun": the kinds of groups a village writes as a name's first word
    r"(?i:dorpsraad|wijkraad|bewonersgroep|buurtwerking|oudercomité|ouderraad|jeugdhuis|gezinsbond|chiro|ksa|"
    r"klj|kwb|femma|landelijke gilde|harmonie|fanfare|toneelkring))\b[^.;:!?\n()]{2,70}?)\s+"
    r"(?:souhaite|souhaiterait|présente|propose|sollicite|dépose|voudrait|aimerait|organise|wil|wenst|dient|"
    r"ouvre|lance|opent|start|"
    r"vraagt|stelt|organiseert|zou graag|heeft|would like|wishes|applies|is applying|a le plaisir|a l['’]honneur|"
    r"vous (?:présente|adresse|soumet))\b")
# "Als Landelijke Gilde Stavele willen we ...", "En tant que Comité des fêtes, nous ...": the group the writers
# speak as (only names that look like a group's are taken: "Als buren willen we" is not one)
_SPEAKING_AS = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:Als|En tant que)\s+(?P<org>[^,.;:!?\n()]{3,70}?),?\s+"
                          r"(?:willen|wensen|vragen|dienen|stellen|hopen|zouden|nous|we|wij)\b")
# "Avec les bénévoles de l'Amicale X, nous ...", "De leden van Femma Proven willen ...", "Notre petite équipe du
# Comité X souhaite ...": the writers as members of the group, then what they want (a verb of wanting or the
# first person: "les membres du conseil municipal soutiennent" is someone else)
_AS_MEMBERS = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:(?:Avec|Met|Samen met)\s+(?:les|de|onze|nos|alle)\s+(?:autres\s+|andere\s+)?|"
    r"(?:Notre|Onze|Ons)\s+(?:petite\s+|kleine\s+)?|(?:De|Les)\s+)"
    r"(?:leden|vrijwilligers|bénévoles|membres|équipe|ploeg|team)\s+(?:van|de|du|des|d['’])\s*"
    r"(?:(?:het|de|la|le|l['’])\s*)?(?P<org>[^,.;:!?\n()]{3,70}?)(?=,?\s+"
    r"(?:willen|wensen|hopen|zouden|souhaitons|souhaite|souhaitent|voulons|veulent|voudrions|aimerions|"
    r"we|wij|nous)\b)")
# "Met Tuinhier Nieuwpoort willen we graag deelnemen ...", "Avec le Comité des fêtes, nous souhaitons ...": the
# group the writers act with, named right before their verb of wanting (a capital or a group word: "Met de
# steun van de gemeente willen we" names no group)
_WITH_GROUP = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:Met|Samen met|Avec)\s+(?:(?:het|de|la|le|l['’])\s*)?"
    r"(?P<org>[A-ZÀ-Ý][^,.;:!?\n()\s]*\s[^,.;:!?\n()]{1,70}?),?\s+"  # two words at least: "Met Kerstmis" is a day
    r"(?:(?:willen|wensen|hopen|zouden)\s+(?:we|wij)|nous\s+(?:souhaitons|voulons|voudrions|aimerions))\b")
_WE_ARE = re.compile(r"(?i)\b(?:wij zijn|we zijn|nous sommes|notre association,?|onze vereniging,?)\s+"
                     r"(?:(?-i:de|het|les|la|le|l['’])\s*)?(?P<org>[^,.;:!?\n()]{2,80})")
# "Ik ben Filip Dequidt, deskundige vrije tijd van Gemeente Poperinge": the writer introduces themself with
# their work and where they do it (any words, not only a known role: so the group must look like one)
_SELF_THEN_WORK = re.compile(
    r"\b(?:[Ii]k ben|[Mm]ijn naam is|[Jj]e suis|[Jj]e m['’]appelle|I am|I'm|[Mm]y name is)\s+"
    r"[A-ZÀ-Ý][\wà-ÿ'’-]+(?:\s+[\wà-ÿ'’-]+){1,3}?,\s+(?:[a-zà-ÿ-]+\s+){1,4}?(?:van|bij|de|du|des|of|at|à|chez)\s+"
    r"(?:(?:het|de|la|le|les|the)\s+|l['’]\s*)?(?P<org>[A-ZÀ-Ý][^,.;:!?\n()]{2,80})")
# "De Koninklijke Harmonie De Verenigde Vrienden werd opgericht in 1896", "L'Amicale laïque de Bierne a été
# fondée en 1962": a letter that presents its group tells when it began (only names that look like a group's)
_FOUNDED = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:(?:De|Het|Onze|Ons|L['’]|La|Le|Les|Notre)\s*)?"
    # "Onze vereniging bestaat sinds 1980", "De school werd opgericht": which group is said elsewhere
    r"(?!(?:De|Het|Onze|Ons|La|Le|Les|Notre|Mijn|Mon|Ma)\s+[a-zà-ÿ])(?P<org>[A-ZÀ-Ý][^.,;:!?\n()]{2,70}?)\s+"
    r"(?:(?:werd|is|was)\s+(?:\w+\s+){0,3}?opgericht|ontstond|bestaat\s+(?:al\s+)?(?:sinds|meer dan|ruim)|"
    r"(?:a\s+été|fut)\s+(?:créée?|fondée?)|existe\s+depuis|est\s+née?\s+en|was founded|has existed)\b")
# a town's or a village's administration, which may apply for a village ("Gemeente Poperinge", "Mairie de Socx")
_PUBLIC_BODY = re.compile(r"(?i)^(?:gemeente|stad|stadsbestuur|gemeentebestuur|commune|mairie|ville|ocmw|cpas)\b")
_NAME_STOPS = frozenset({
    "ik", "je", "j'", "j’", "wij", "we", "nous", "dont", "qui", "die", "dat", "que", "en", "et", "dien", "heeft",
    "wil", "willen", "vous", "u", "om", "pour", "graag", "hierbij", "bij", "vragen", "vraag", "demande",
    "sollicite", "sollicitons", "souhaite", "souhaitons", "voudrais", "voudrions", "stuur", "sturen", "stuurt",
    "dienen", "depose", "dépose", "déposons", "présente", "présentons", "propose", "proposons", "is", "zijn",
    "est", "sommes", "een", "un", "une", "ons", "onze", "notre", "nos", "het", "le", "la", "les", "in", "à",
    "a", "te", "uit", "met", "avec", "sur", "dans", "mon", "ma", "mes", "mijn", "son", "sa", "ses", "leur", "hun",
    "waar", "où", "sinds", "depuis", "hebben", "avons", "ai", "heb",
})
_KEEP_LOWER = frozenset({"de", "van", "der", "den", "het", "du", "des", "la", "le", "les", "d'", "l'", "à", "en",
                         "et", "sur", "aan", "op", "in", "'t", "t", "vzw", "asbl", "v.z.w.", "a.s.b.l."})


# Dutch "'t" (het) and "'s" (des) start a name with an apostrophe: "'t Feestcomité van Reninge"
_ELIDED_ARTICLE = re.compile(r"\s*(['’])(?=[ts][\s-])")


def _without_quotes(name: str) -> str:
    """A name without the quotes around it, its elided article kept ("'t Feestcomité", not "t Feestcomité")."""
    article = _ELIDED_ARTICLE.match(name)
    stripped = name.strip(" '\"“”«»")
    return article.group(1) + stripped if article is not None else stripped


def name_run(text: str) -> str:
    """The organisation's name at the start of ``text``: words up to the sentence's verb.

    "vzw De Groene Loper dien ik ..." -> "vzw De Groene Loper"; "Comité de quartier Saint-Martin, nous ..."
    -> "Comité de quartier Saint-Martin". Lower-case words are kept inside a name only when a capitalised
    word or an organisation word follows (so "buurtcomité van de Vijfwegen" is whole).
    """
    words = text.split()
    kept: list[str] = []
    for index, word in enumerate(words):
        bare = word.strip("\"'“”«»")
        lowered = bare.lower()
        if index > 0 and lowered in _NAME_STOPS and lowered not in _KEEP_LOWER and not bare[:1].isupper():
            break  # "Zaal Ons Huis": a capitalised word inside a name is no sentence's word
        elided = re.match(r"[dlDL]['’](?=[A-ZÀ-Ý])", bare) is not None  # "Les Aînés d'Oost-Cappel"
        if bare[:1].isupper() or bare[:1].isdigit() or ORG_WORD.fullmatch(bare) or lowered in _KEEP_LOWER or elided:
            if lowered in _KEEP_LOWER and not bare[:1].isupper():
                ahead = [w.strip("\"'“”«»") for w in words[index + 1:index + 3]]
                if not any(w[:1].isupper() or ORG_WORD.fullmatch(w) for w in ahead):
                    break
            kept.append(word)
            continue
        if index == 0:
            kept.append(word)  # "buurtcomité" may start in lower case
            continue
        # "Amicale des sapeurs-pompiers de Wormhout", "Centre socioculturel La Passerelle": a lower-case word
        # inside a name, since the name goes on with a capital before the sentence does
        ahead = []
        for following in words[index + 1:index + 3]:
            following_bare = following.strip("\"'“”«»")
            if following_bare.lower() in _NAME_STOPS and following_bare.lower() not in _KEEP_LOWER:
                break
            ahead.append(following_bare)
        if any(w[:1].isupper() or ORG_WORD.fullmatch(w) for w in ahead):
            kept.append(word)
            continue
        break
    # "Le Comité des Fêtes de Noël, fidèle à sa devise, souhaite ...": the name ends at its comma
    # (not after a kind alone: "Onze vzw, Den Uyl, vraagt ..." sets the name off by its commas)
    comma = next((index for index, word in enumerate(kept) if word.endswith(",")
                  and not ORG_WORD.fullmatch(" ".join(kept[:index + 1]).rstrip(","))), None)
    if comma is not None:
        kept = [*kept[:comma], kept[comma].rstrip(",")]
    while kept and kept[-1].lower().strip("\"'“”«»") in _KEEP_LOWER:
        kept.pop()
    return _without_quotes(" ".join(kept))


# "het bestuur van Gezinsbond X", "le conseil d'administration de l'association X": the group is X
_WHOLE_BODY = r"(?i)^\s*(?:(?:tout|toute|tous|heel|het hele|de voltallige)\s+)?(?:(?:het|de|le|la|les|l['’])\s*)?"
# the bodies only a group has (not "de ouders van", "les membres de": a child's parents, a family's members)
_BOARDS = (r"bestuur|dagelijks bestuur|raad van bestuur|leiding|hoofdleiding|kernploeg|conseil d['’]administration|"
           r"bureau|équipe")
_GOVERNING_BODY = re.compile(
    _WHOLE_BODY + rf"(?:{_BOARDS}|leden|ouders|vrijwilligers|membres|bénévoles)\s+(?:van|de|du|des|d['’])\s+"
    r"(?:(?:het|de|la|le|l['’])\s*)?")
_BOARD = re.compile(_WHOLE_BODY + rf"(?:{_BOARDS})\s")
# a person named before their group: "namens Jolien Bulcke van Feitelijke vereniging De Klaproos"
_PERSON_OF = re.compile(r"^(?P<person>(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+)\s+(?:van|de|du|des)\s+"
                        r"(?=[A-ZÀ-Ý]|(?:het|de|la|le|l['’])\s*[A-ZÀ-Ý])")
_GENERIC = frozenset({"association", "vereniging", "vzw", "asbl", "comite", "club", "collectif", "groep", "groupe",
                      "buurt", "wijk", "quartier", "commune", "gemeente", "structure", "organisatie",
                      # a kind of group without its name ("namens het buurtcomité nog eens bedankt"): which one
                      # is said elsewhere, or the coordinator knows it
                      "buurtcomite", "wijkcomite", "feestcomite", "dorpscomite", "buurtvereniging", "werkgroep",
                      "ecole", "school", "basisschool", "mairie", "parochie", "paroisse", "dorp", "village",
                      "bestuur", "dorpsraad", "wijkraad", "comite de quartier", "comite des fetes", "amicale"})


# a sentence's common noun that heads a name ("l'association X"); abbreviations ("vzw X") keep their case
_COMMON_HEAD = re.compile(r"(?:association|vereniging|comit[ée]|amicale|club|collectif|cercle|centre|"
                          r"buurtcomit[ée]|feestcomit[ée]|oudercomit[ée]|fondation|stichting|union|soci[ée]t[ée]|"
                          r"[ée]quipe|groupe|werkgroep)\b")


_LEGAL_KIND = re.compile(r"(?:association|vereniging)\b")
# a kind of group, then its name in quotes (guillemets or double quotes: a typographic apostrophe is in names)
_KIND_THEN_QUOTED = re.compile(ORG_WORD.pattern + r"\s+(?:[«“\"]\s*(?P<name>[^«»“”\"\n]{2,80}?)\s*[»”\"]"
                               # or straight single quotes around a capitalised name, before a space or a stop
                               # ("vrijwilligersgroep 'Helpende Handen Reninge'"; not "d'Hondschoote")
                               r"|'(?P<single>[A-ZÀ-Ý][^'\n]{1,80}?)'(?=[\s,.;:!?]|$))")


# a word of a name: capitalised, also after an elision ("d'Hondschoote", "l’Yser")
_CAPITALISED = re.compile(r"(?:[dlDL]['’])?[A-ZÀ-Ý]")


# little words a group's name may hold when the name runs to the end of the sentence ("Bray-Dunes Plage pour
# tous", "Samen voor Zarren"); "uit", "à", "in" say where the group is, so they end the name
_IN_NAMES = frozenset({"pour", "sur", "en", "avec", "voor", "op", "aan"})


def without_governing_body(name: str) -> str:
    """"het bestuur van Femma Reninge" -> "Femma Reninge": the group whose board (members, team) is named."""
    return _GOVERNING_BODY.sub("", name)


# "Wie zijn wij: Seniorenvereniging De Zonnewende Staden, 140 leden.", "Qui sommes-nous ? L'association ...": a
# letter's heading question, answered by the group's name (only a name that looks like a group's is taken)
_WHO_WE_ARE = re.compile(r"(?im)^[ \t]*(?:wie\s+zijn\s+(?:wij|we)|qui\s+sommes[- ]nous|who\s+(?:we\s+are|are\s+we))"
                         r"[ \t]*\??[ \t]*[:–-]?[ \t]*"
                         # the answer is the group's name itself, the whole of its clause: "Des habitants du
                         # hameau, avec ...", "Ouders van Basisschool X, samen in Y" describe the writers
                         r"(?!(?-i:[a-zà-ÿ])|(?:des|les|de|het|een|un|une|ouders|leden|parents|membres|habitants|"
                         r"bewoners|buren|voisins)\b)"
                         r"(?P<org>[A-ZÀ-Ý][^,.;:!?\n()]{2,80}?)(?=\s*(?:[,.;:!?(]|$))")


# the phrases that introduce the writers' own group, each with whether the name must look like a group's
_INTRODUCING = ((_ORG_INTRO, False), (_OUR_GROUP_NAMED, False), (_WE_ARE, True), (_IS_A_GROUP, False),
                (_GROUP_SUBJECT, True), (_SPEAKING_AS, True), (_AS_MEMBERS, False), (_WITH_GROUP, False),
                (_SELF_THEN_WORK, True), (_WHO_WE_ARE, True))


def organisations_founded(text: str) -> list[str]:
    """The groups a letter says were founded ("De Koninklijke Harmonie X werd opgericht in 1896"): the writers'
    own, or a partner's, a school's: weaker than a phrase that introduces the writers' group."""
    return organisations_in_sentences(text, ((_FOUNDED, True),))


def organisations_in_sentences(text: str, patterns: tuple[tuple[re.Pattern[str], bool], ...] = _INTRODUCING
                               ) -> list[str]:
    """Organisation names introduced by the phrases people use, in order of appearance."""
    found: list[str] = []
    for pattern, need_org_word in patterns:
        for match in pattern.finditer(text):
            group = _GOVERNING_BODY.sub("", match.group("org"))
            person = _PERSON_OF.match(group)
            if person is not None and looks_like_person(person.group("person")) \
                    and looks_like_organisation(group[person.end():]):
                group = group[person.end():]
            if pattern is _WHO_WE_ARE and (group != match.group("org") or name_run(group) != group.strip()):
                continue  # the heading's answer is a name standing alone, not a sentence about the writers
            name = re.sub(r"\s+(?:I|We)$", "", name_run(group))  # "... Newcomers Network I send ...": the writer
            quoted = _KIND_THEN_QUOTED.match(text, match.start("org"))
            if quoted:
                # "notre collectif « Les Jardins d'Uxem » souhaite ...": the quotes hold the whole name, its
                # apostrophes and little words included, where the run of words would stop
                name = group = " ".join((quoted.group("name") or quoted.group("single")).split())
            whole = _without_quotes(" ".join(group.split()))
            words = whole.split()
            if name != whole and text[match.end():match.end() + 1] in ("", ",", ".", ";", ":", "!", "?", "\n", "(") \
                    and 2 <= len(words) <= 7 and any(_CAPITALISED.match(word) for word in words[1:]) \
                    and not any(word.lower() in _NAME_STOPS and word.lower() not in _KEEP_LOWER | _IN_NAMES
                                for word in words[1:]):
                # "au nom de l'association Ledringhem d'hier et d'aujourd'hui, ...": all up to the comma
                name = whole
            if not name or len(name) < 3 or fold(name) in _GENERIC or (" " not in name and name[:1].islower()) \
                    or (name[:1] in "PIl1|" and fold(name[1:].lstrip("'’")) in _GENERIC):
                # "secrétaire de l'association", "la directrice de l'école": which one is said elsewhere; its
                # "l'" read as a letter by OCR ("Passociation")
                continue
            if need_org_word and not quoted and not looks_like_organisation(name) and not _PUBLIC_BODY.match(name):
                continue
            # "namens mijn buren": a name has a capital or an organisation word
            if not (looks_like_organisation(name) or any(word[:1].isupper() for word in name.split())):
                continue
            plural = re.search(r"(?i)\b(?:des|les|aux|onze)\s*$", text[match.start():match.start("org")])
            # a name quoted after its kind of group is the group's, however like a person's it looks
            governed = _BOARD.match(match.group("org")) is not None  # "le bureau de X": X is a group
            if looks_like_person(name) and not plural and not quoted and not governed and not _PUBLIC_BODY.match(name):
                continue  # "namens Jan Peeters": a person, not a group ("trésorière des Jardiniers du Nord" is)
            if re.match(r"(?:un|une|een|a|an|geen|no|not|pas|aucune?)\s", name):
                # "nous sommes un groupe d'agriculteurs": what the group is, not its name; "we zijn geen
                # vereniging": what it is not
                continue
            name = re.sub(r"^(?:la|le|les|l['’]|de|het|the)\s*(?=[A-ZÀ-Ý])", "", name)  # "la Bibliothèque de X"
            kind = _COMMON_HEAD.match(name)
            named = name[kind.end():].strip() if kind else ""
            if kind and named[:1].isupper() and (
                    _COMMON_HEAD.match(named.lower())
                    or (_LEGAL_KIND.match(kind.group(0))
                        and re.search(rf"(?m)^[ \t]*{re.escape(named)}[ \t]*$", text))):
                # "l'association Comité des fêtes de Morbecque": the kind, then a name of its own kind; "au nom de
                # l'association Les Amis de l'Estaminet" under the letterhead or over the signature "Les Amis de
                # l'Estaminet": the name as the group writes it. Only after "association" or "vereniging", which
                # say what the group is; a committee is often named after its event ("comité Kermis Westouter"
                # under the heading "Kermis Westouter")
                name = named
            elif kind:
                name = name[0].upper() + name[1:]  # "l'association Cassel Horizons": its name is written so
            head, comma, apposed = name.partition(",")
            if comma and ORG_WORD.fullmatch(head.strip()) and apposed.strip(" ,")[:1].isupper():
                name = apposed.strip(" ,")  # "Onze vzw, Den Uyl, vraagt ...": the name set off by commas
            if name not in found or pattern is not _WHO_WE_ARE:  # the heading's group said by the sentence too
                found.append(name)
    return found


# a role as a signature writes it: after an article ("La présidente", "De voorzitter"), or glued to what it leads
# in Dutch ("Groepsleider", "Afdelingsvoorzitter", "Projectverantwoordelijke")
_SIGNED_ROLE = (r"(?:(?:le|la|l['’]|de|het|the)\s*)?(?:" + ROLE +
                r"|[^\W\d_]{3,}(?:leider|leidster|voorzit(?:ter|ster)|verantwoordelijke|co[öo]rdinator))")
_ROLE_PREFIX = re.compile(
    # "Président(e), ...", as OCR reads it "président e), ...": the inclusive ending is the role's
    r"(?i)^(?:" + _SIGNED_ROLE + r"|pour|namens|voor)(?:\(e\)| ?e\))?(?![\w-])[\s,:-]*"
    r"(?:(?-i:van de|van het|van|bij|de la|de l['’]|de|du|des|d['’]|het|l['’])(?:\s+|(?<=['’])))?")
_ROLE_LINE = re.compile(r"(?i)" + _SIGNED_ROLE + r"(?:\s+(?:van|bij|de|du|des|de la|d['’]|l['’])?\s*"
                        r"(?:l['’]association|het bestuur|de vereniging|la structure|l['’]asbl|de vzw))?\.?")
# "namens het bestuur", "pour le bureau" under the name: for whom they write, not which group (nor a role
# whose group's name follows)
_FOR_THE_BOARD = re.compile(r"(?i)(?:namens|voor|pour|au nom d[eu])\s+(?:het\s+|le\s+|la\s+|de\s+)?"
                            r"(?:bestuur|bureau|comit[ée]|conseil)[.,]?")


_SIGNATURE_LINES = 6  # name, role, street, place, phone and e-mail, group: the group may come last


_CONTACT_LABEL = re.compile(r"(?i)(?:contactpersoon|personne\s+[àa]\s+contacter|contact(?:\s+person)?)\s*:")


def organisation_under_name(lines: list[str]) -> str | None:
    """The signature's line under the name ("Marieke Vandenberghe / vzw De Groene Loper"), when it names a
    group: an organisation word, or a role before it ("Voorzitter Dorpsraad Kemmel"), or a role alone on
    the line above it ("Trekker / Natuurpunt Diksmuide"): a signature's name, role, group."""
    after_role = False
    for line in lines[:_SIGNATURE_LINES]:
        stripped = line.strip(" -–,")
        if not stripped or EMAIL_RE.search(stripped) or re.search(r"\d{3}", stripped) \
                or _FOR_THE_BOARD.fullmatch(stripped) \
                or (re.search(r"\d", stripped) and not looks_like_organisation(stripped)):
            # a street ("Nieuwstraat 47 bus 6"), a phone, an address: the group may still come after them
            after_role = False
            continue
        if _ROLE_LINE.fullmatch(stripped) or _OFFICE.match(stripped):
            after_role = True  # "Schepen van Landbouw / Gemeente Alveringem": the group may come under it
            continue
        if _CONTACT_LABEL.match(stripped):
            # "Contactpersoon: Joris Lermyte (medewerker vrije tijd)": the person to ask for, no group
            after_role = False
            continue
        without_role = _ROLE_PREFIX.sub("", stripped).strip(" ,-–")
        role_before = without_role != stripped
        # "Membre du bureau, Ferme du Blauwershof": what follows a role on its line is the group, whatever its
        # shape; on the line under a role, a person-shaped name is still a doubt
        named_after_role = without_role[:1].isupper() and (role_before or (
            after_role and not looks_like_person(without_role)))
        if without_role and len(without_role) <= 80 and (looks_like_organisation(without_role) or named_after_role):
            return without_role
        after_role = False
    return None


# a town's office-holders and residents, whatever follows ("Schepen van Landbouw en Dorpskernen", "Adjointe à la
# vie associative", "Secrétaire de mairie", "Bewoner van de Molenwijk"): a portfolio or a place, no group's name
_OFFICE = re.compile(r"(?i)(?:schepen|burgemeester|gemeentesecretaris|algemeen directeur|maire|adjointe?|"
                     r"conseill(?:er|[èe]re)|[ée]chevine?|secr[ée]taire de mairie|bewoon?ster|bewoner|habitante?)\b")


def role_first(line: str) -> bool:
    """A line that starts with a role or for whom one signs ("Président de Méteren Village Vivant"): the
    name after it is a group's, the line no person's name, however its capitals look."""
    found = _ROLE_PREFIX.match(line.strip())
    return (found is not None and bool(found.group(0))) or bool(_OFFICE.match(line.strip()))


def is_role(line: str) -> bool:
    """A signature's line that is only a role ("Ondervoorzitster", "Membre du bureau"), or a town's office
    ("Schepen van Landbouw")."""
    stripped = line.strip(" -–,")
    return bool(_ROLE_LINE.fullmatch(stripped) or _FOR_THE_BOARD.fullmatch(stripped) or _OFFICE.match(stripped))


# "... bedraagt € 5.444,-" / "Wij vragen ...": an amount ends a sentence that needs no full stop after it (its
# ",-" reads as one); joined, the next sentence's verb would be read as this amount's
# only a line's last characters are looked at: the joined paragraph grows, and searching it whole at each line
# (the pattern's runs of digits and spaces backtrack) took minutes on a long mangled mail
_MONEY_TAIL = 40
_ENDS_IN_MONEY = re.compile(r"(?i)(?:\d(?:,-)?\s*(?:€|eur|euros?)|\d,-|\d[.,]\d{2}|€\s*\d[\d.,\s]*-?)\s*$")


def _labelled_line(line: str) -> bool:
    """A line that starts with a field's label and its colon ("E-mail: jan@example.org"): a value of its own,
    never the rest of a sentence above it ("Jan Peeters, voorzitter van de dorpsraad")."""
    return _BEFORE_COLON.match(line) is not None and label_at_start(line) is not None


_BEFORE_COLON = re.compile(r"\s*[^:\n]{1,40}:\s")


# a line of an address block under a signature ("namens de vrijwilligersgroep 'Helpende Handen Reninge'" /
# "Sint-Maartensstraat 7" / "8647 Lo-Reninge"): a street named by its kind, or a postcode and a place
_ADDRESS_BLOCK_LINE = re.compile(
    # a place's words are capitalised, but for its particles ("8647 Lo-Reninge", "8691 Beveren-aan-den-IJzer",
    # "59470 Bambecque", "8660 De Panne"): "7000 euro als subsidie" is a wrapped sentence's end
    r"(?:(?:B|F|BE|FR)\s*-\s*)?\d{4,5}\s+[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|aan|den|de|ter|sur|en|la|le|"
    r"lès|les|(?i:cedex)))*"
    r"|(?i:[^\W\d][\w'’.-]*(?:straat|weg|laan|plein|dreef|steenweg|kaai|markt|dijk|pad|lei|baan|hof|veld)\s+\d+\s?"
    r"[a-z]?(?:\s*(?:bus|bte)\s*\d+)?)"
    r"|(?i:\d+\s?(?:bis|ter|[a-z])?,?\s+(?:rue|place|route|chemin|avenue|impasse|all[ée]e|boulevard|quai|sentier|"
    r"chauss[ée]e|square|cour|r[ée]sidence|hameau|cit[ée])\b[\w'’. -]{2,50})")


def unwrap(text: str) -> str:
    """Text with the lines of each wrapped paragraph joined: a PDF or a mail wrapped at 72 columns breaks
    sentences ("Daarvan vragen wij / 9 750 euro aan"), titles in quotes and names in two. Only a long line
    that does not end a sentence (nor an amount before a capital) is joined to the next, and never to a
    bullet: letterheads, address blocks and lists keep their lines."""
    out: list[str] = []
    for line in text.split("\n"):
        previous = out[-1].rstrip() if out else ""
        if previous and line.strip() and len(previous) >= 45 and previous[-1] not in ".!?:;" \
                and not re.match(r"\s*(?:[-•*–]|\d+[.)])\s", line) and "\t" not in line and "\t" not in previous \
                and not (line.strip()[:1].isupper() and _ENDS_IN_MONEY.search(previous[-_MONEY_TAIL:])) \
                and not _labelled_line(line) and not _ADDRESS_BLOCK_LINE.fullmatch(line.strip()):
            out[-1] = f"{previous} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


# a budget line's amount ("Organisatie bewonersavond 3.510,50", "réunion publique 5 090,00 €") is no house number
_MONEY = re.compile(r"(?i)\d[.,]\d{2}\b(?![.,]\d)|€|\beur(?:os?)?\b")


# no street's first number starts with 0: a phone's that OCR garbled ("06223140. apelelucddinedinGerempl el" is
# a number and an address run together). A postcode may follow the street ("12 rue de la Gare 59122 Hondschoote")
_NO_HOUSE_NUMBER = re.compile(r"^\D*0\d")


# a street's number opens it ("12 rue Haute") or closes it ("Kerkstraat 5", "... 12 bus 3", "... 12/3"); a number
# in the middle of a sentence's piece is a year or a count ("Notre association, créée en 2017 par ...")
_HOUSE_NUMBER_AT_AN_END = re.compile(
    # a number of its own, not a word's last digits ("enseignante CM1-CM2")
    r"^\d|(?<![.,\w-])\d+\s*(?:[a-zA-Z]|bis|ter)?(?:\s*(?:bus|bte|boîte|b|/)\s*\w{1,4})?\.?$")


def split_contact_line(raw: str) -> dict[str, str] | None:
    """"Jan Peeters, Kerkstraat 5, 8970 Poperinge, 0477 12 34 56, jan@example.org" -> its parts (raw text)
    by kind: ``name``, ``address`` (street and number), ``place`` (postcode and place), ``phone``, ``email``,
    ``unread`` (a number starting with 0 that is no phone: one OCR garbled, given to no field).
    None when the line is just a name."""
    # a comma between digits is an amount's ("340,00"), not a separator
    parts = [part.strip() for part in re.split(r"\s*(?:[;|]|,(?!\d))\s*|\s+[-–—]\s+|\s+/\s+", " ".join(raw.split()))
             if part.strip()]
    if len(parts) < 2 or not any(re.search(r"\d|@", part) for part in parts):
        return None
    found: dict[str, str] = {}
    for part in parts:
        if EMAIL_RE.search(part):
            found.setdefault("email", part)
        elif normalise_phone(re.sub(r"(?i)^(?:tel|tél|gsm|phone|téléphone|telefoon)\.?:?\s*", "", part)):
            found.setdefault("phone", re.sub(r"(?i)^(?:tel|tél|gsm|phone|téléphone|telefoon)\.?:?\s*", "", part))
        elif re.fullmatch(r"(?:(?:B|F|BE|FR)\s*-\s*)?\d{4,5}\s+\S.*", part):
            found.setdefault("place", part)
        elif _NO_HOUSE_NUMBER.search(part):
            found.setdefault("unread", part)  # a number OCR garbled: no field, but the name before it is one
        elif _HOUSE_NUMBER_AT_AN_END.search(part) and re.search(r"[^\W\d]{3}", part) and not _MONEY.search(part):
            found.setdefault("address", part)
        elif "name" not in found and not found:
            found["name"] = part
    return found if len(found) > 1 or "name" not in found else None
