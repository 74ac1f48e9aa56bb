"""What the project is, as a letter or a mail tells it without a label.

The call asks for "a short description of the project idea"; a form has a box for it, but a letter or a mail
tells it in a paragraph among the greeting, the cover sentence ("hierbij onze aanvraag"), the budget sentence,
the contact lines and the closing. Without it, an application read from prose was always "incomplete:
summary", and the receipt asked for a description the applicant had just sent. The paragraph found is a
guess (``DESCRIBED``: below the review threshold, so always shown to check), never a certainty.

Pure functions over text: ``parsers.documents`` adds the answer as a candidate.
"""

from __future__ import annotations

import re

from parsers.field_table import EMAIL_RE
from parsers.labels import label_at_start
from parsers.phone import find_phones
from parsers.prose import unwrap

DESCRIBED = 0.6  # to check: which paragraph describes the project is read from its words, not from a label
MIN_WORDS = 12  # fewer words describe nothing ("Ons project heet Samentuin.")
MIN_UNIT_WORDS = 6  # a letterhead's or a greeting's line is shorter
MAX_CHARS = 2000  # a description is a few paragraphs; more is the whole letter
MAX_TEXT = 30_000  # a letter's or a mail's own words; the rest of a longer text is not looked at

GREETING = re.compile(
    r"(?i)^\s*(?:beste|geachte|lieve|dag|hallo|hoi|goeiedag|goede(?:n)?(?:dag|middag|morgen|avond)|"
    r"bonjour|bonsoir|madame|monsieur|mesdames|messieurs|ch[èe]re?s?|dear|hello|hi)\b")
# the closing: what follows it is the signature, a disclaimer or a quoted mail
_CLOSING = re.compile(
    r"(?i)^\s*(?:met\s+)?(?:(?:vriendelijke|hartelijke|beste|warme|sportieve|fijne)\s+)?groet(?:en|jes)?\b|"
    r"^\s*(?:mvg|vg|groetjes|cordialement|bien\s+(?:à|a)\s+(?:vous|toi)|bien\s+cordialement|amiti[ée]s|"
    r"salutations|sinc[èe]res\s+salutations|(?:kind|best|warm)\s+regards|regards|best\s+wishes|sincerely|"
    r"yours\s+(?:faithfully|sincerely))\b|"
    r"(?i:veuillez\s+agr[ée]er|je\s+vous\s+prie\s+d['’]agr[ée]er|dans\s+l['’]attente|in\s+afwachting|"
    r"alvast\s+(?:bedankt|dank)|met\s+dank\s+bij\s+voorbaat|merci\s+d['’]avance|en\s+vous\s+remerciant|"
    r"nous\s+restons\s+[àa]\s+votre\s+disposition|wij\s+blijven\s+ter\s+beschikking|"
    r"voor\s+(?:meer\s+info|vragen)|pour\s+toute\s+(?:question|information))")
# "Hierbij onze aanvraag", "Veuillez trouver ci-joint notre dossier", "Attached is our application"
_COVER = re.compile(
    r"(?i)\b(?:hierbij|in\s+bijlage|als\s+bijlage|bijgevoegd|zie\s+bijlage|ci-?joint|ci-dessous|"
    r"veuillez\s+trouver|vous\s+trouverez|en\s+pi[èe]ce\s+jointe|attached|please\s+find|"
    r"zoals\s+afgesproken|comme\s+convenu|je\s+vous\s+(?:l[ea]s?\s+)?(?:joins|transmets|envoie|fais\s+suivre)|"
    r"ik\s+(?:stuur|bezorg)\s+(?:u|je|jullie|het|ze)|(?:stuur|bezorg)\s+ik|je\s+transf[èe]re|doorgestuurd|transmis|"
    r"voici|voil[àa]|bijgaand|(?:in\s+)?(?:de\s+)?bijlage|here\s+is|zoals\s+beloofd|comme\s+promis|"
    r"as\s+promised)\b")
# an apology for the photos, a hope that the scan is legible: about the mail, not the project
_ABOUT_THE_MAIL = re.compile(r"(?i)\b(?:d[ée]sol[ée]e?|excuses?|excuseer|sorry|pardon|lisibles?|leesbaar|scanner|"
                            r"contacteren|contact\s+opnemen|me\s+contacter|n['’]h[ée]sitez|bij\s+vragen|contact\s+me|"
                            # where the files are: "te groot om te mailen, download het hier: <link>"
                            # ("lien" and "link" alone are also a bond between neighbours: the address is <link>)
                            r"downloaden|download|t[ée]l[ée]charg\w*|te\s+groot|trop\s+(?:lourd|volumineux)"
                            r")\b|<link>|https?://")
# "we dienen een aanvraag in", "je souhaite déposer un projet", "I would like to apply": who applies, not what
_APPLYING = re.compile(
    r"(?i)\b(?:\w*aanvraag\w*|aanvragen|kandidatuur|indienen|dien\s+(?:\w+\s+)?in|dienen\s+\w+\s+in|inschrijven|"
    r"deelnemen\s+aan|mee\s*doen|participer|\w*oproep|candidature|candidater|sollicit\w*|d[ée]pos(?:er|e|ons|[ée]e?s?)|postuler|"
    r"l['’]appel|apply|application|the\s+call|"
    # sent on for others: "namens de initiatiefnemers", "de la part des porteurs", "binnengebracht", "remis"
    r"namens|in\s+naam\s+van|au\s+nom\s+de|de\s+la\s+part|on\s+behalf|binnengebracht|afgegeven|remis)\b")
# the group's history ("opgericht in 1987", "existe depuis 1990"), not the project
_HISTORY = re.compile(r"(?i)\b(?:opgericht|bestaat\s+(?:al\s+)?sinds|sinds\s+(?:19|20)\d\d|fond[ée]e?\s+en|"
                      r"cr[ée]{2}e?\s+en|existe\s+depuis|depuis\s+(?:19|20)\d\d|founded\s+in|since\s+(?:19|20)\d\d)")
# the writers' intention ("we willen", "nous souhaitons", "nous voudrions"): what a history paragraph lacks
_PLAN = re.compile(r"(?i)\b(?:willen|zullen|gaan|plannen|souhait\w*|voulons|voudrions|aimerions|envisageons|"
                   r"pr[ée]voyons|allons|proposons|zouden|wensen|hopen|will|want|plan|aim)\b")
# what a description does: plans, makes, organises, for whom ("we willen", "nous souhaitons", "het project")
_PROJECT = re.compile(
    r"(?i)\b(?:willen|zullen|gaan|plannen|organiseren|maken|bouwen|aanleggen|project|idee|bedoeling|doel|"
    r"souhait\w*|voulons|veut|allons|proposons|organiser|cr[ée]er|am[ée]nager|installer|projet|id[ée]e|"
    r"objectif|but|will|want|plan|aim|idea|"
    # wishes in the conditional, and the verbs of turning a place into something
    r"voudrions|voudrait|aimerions|aimerait|souhaiterions|envisageons|pr[ée]voyons|zouden|wensen|"
    r"hopen|transformer|ombouwen|omvormen|inrichten|realiseren|r[ée]aliser|lancer|ouvrir|planter)\b")
_THANKS = re.compile(r"(?i)\b(?:bedank\w*|dank\s+(?:u|je|jullie)|(?:re)?merci\w*|thank)")
# "nous vous enverrons notre idée plus tard", "het projectidee sturen we later door": the idea is not in this mail
# (two searches, not one pattern with a lookahead: that one took a minute on a long line without a full stop)
_LATER_IDEA = re.compile(r"(?i)\b(?:id[ée]es?|projets?|dossier|candidature|idee|project\w*|aanvraag|formulier|"
                         r"plans?)\b")
_LATER = re.compile(
    r"(?i)\b(?:(?:stuur|stuurt|sturen|bezorg|bezorgen|mail|mailen)\b.{0,60}\b(?:later|door|na|binnenkort)|"
    r"volgt\s+(?:later|nog|binnenkort)|werken\s.{0,40}\buit|"
    r"enverr\w*|transmettr\w*|ferons\s+parvenir|adresserons|suivra|suivront|"
    r"(?:envoyer|transmettre|faire\s+parvenir)\b.{0,40}\b(?:plus\s+tard|prochainement|ult[ée]rieurement)|"
    r"will\s+send|send\s+(?:it|them)\s+later|to\s+follow)\b")
_DISCLAIMER = re.compile(r"(?i)\b(?:vertrouwelijk|confidenti\w*|disclaimer|destinataire|geadresseerde|"
                         r"virus|intended\s+recipient|imprimer|printen)\b")
# money, and the own share or the rest without an amount ("De rest brengen we zelf in met een buurtfeest")
_MONEY = re.compile(r"(?i)€|\beur(?:o|os)?\b|\d[.,]\d{2}\b|\bde\s+rest\b|\ble\s+reste\b|eigen\s+inbreng|"
                    r"brengen\s+(?:we|wij)\s+zelf|zelf\s+in\b|autofinanc\w*|apport\s+propre|nous-m[êe]mes|"
                    r"own\s+contribution")
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")
_QUOTED = re.compile(r"^\s*>")


def _units(text: str) -> list[str]:
    """The text's paragraphs: wrapped lines joined, a list joined to the line that opens it ("Au programme :",
    bullets, items that go on in lower case). A line of its own (a letter's paragraph in a DOCX, a mail's
    sentence) is a unit; of a table's row ("label<tab>answer") only its longest cell, the answer."""
    units: list[str] = []
    after_blank = True
    for line in unwrap(text[:MAX_TEXT]).split("\n"):
        stripped = max(line.split("\t"), key=len).strip() if "\t" in line else line.strip()
        if not stripped:
            after_blank = True
            continue
        if _QUOTED.match(line):
            break  # a quoted mail below: not this mail's words
        previous = units[-1].rstrip() if units else ""
        bullet = _BULLET.match(stripped) is not None
        goes_on = previous.endswith(":") or (bullet and not after_blank) or (
            stripped[:1].islower() and previous[-1:] not in ("", ".", "!", "?", "…"))
        if units and goes_on:
            units[-1] = f"{previous} {_BULLET.sub('', stripped)}"
        else:
            units.append(_BULLET.sub("", stripped))
        after_blank = False
    return units


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«“(A-ZÀ-Ý])")
# "Je m'appelle Didier, président de ...", "Wij zijn een groep buren uit ...": who writes, not what they plan
_INTRODUCING = re.compile(r"(?i)^\s*(?:je\s+m['’]appelle|je\s+suis|ik\s+ben|mijn\s+naam\s+is|wij\s+zijn|we\s+zijn|"
                          r"nous\s+sommes|my\s+name\s+is|i\s+am|we\s+are|nous\s+ne\s+sommes\s+pas|"
                          r"w(?:ij|e)\s+zijn\s+geen|ik\s+ben\s+geen|we\s+are\s+not)\b")
# the title's sentence: "Ons project heet ...", "Notre projet s'appelle ..." (the title is a field of its own)
_TITLE_SENTENCE = re.compile(r"(?i)^\s*(?:ons|het|notre|le|our)\s+(?:project|projet)\s+(?:heet|s['’]appelle|"
                             r"se\s+nomme|is\s+called)\b")


def _kept(sentence: str) -> bool:
    """A sentence of a description: not who writes or applies, not money, not how to reach them."""
    words = sentence.split()
    if label_at_start(sentence) is not None and ":" in " ".join(words[:7]):
        return False  # "Titel: ...", "Gevraagd bedrag: ...": a labelled line is another field's
    if EMAIL_RE.search(sentence) or find_phones(sentence) or _MONEY.search(sentence) or _DISCLAIMER.search(sentence):
        return False
    if _COVER.search(sentence) or _APPLYING.search(sentence) or _ABOUT_THE_MAIL.search(sentence) \
            or _TITLE_SENTENCE.match(sentence) \
            or (_INTRODUCING.match(sentence) and not _PROJECT.search(sentence)):
        return False
    # thanks for the information evening; a question about the call
    return not (len(words) < 30 and (_THANKS.search(sentence) or sentence.rstrip().endswith("?")))


def _described_part(unit: str) -> str:
    """What of a paragraph describes the project: its sentences but those that introduce, apply, cost or
    give contacts; "" when too little is left, or when it tells the group's history, not a plan."""
    if _HISTORY.search(unit) and not _PLAN.search(unit):
        return ""
    sentences = _SENTENCE_END.split(unit)
    if _THANKS.search(" ".join(sentences[0].split()[:8])):
        return ""  # a paragraph of thanks (for the information evening, the brainstorm), however long
    if any(sentence.rstrip().endswith("?") for sentence in sentences):
        return ""  # a paragraph that asks (may a school apply? two projects?) describes no plan
    kept = " ".join(sentence for sentence in sentences if _kept(sentence))
    return kept if len(kept.split()) >= MIN_UNIT_WORDS else ""


def described_project(text: str) -> str | None:
    """The paragraphs that describe the project, joined with a space; None when none does. The longest run of
    neighbouring describing paragraphs between the greeting and the closing wins."""
    units = _units(text)
    if any(_LATER.search(sentence) and _LATER_IDEA.search(sentence)
           for unit in units for sentence in _SENTENCE_END.split(unit)):
        # "we send our idea later", "nous vous enverrons la description la semaine prochaine": what else the
        # mail says is no description of it, and the receipt should ask for one
        return None
    runs: list[list[str]] = []
    previous = False
    for unit in units:
        if _CLOSING.match(unit):
            break
        if len(unit.split()) < 8 and GREETING.match(unit):
            previous = False
            continue
        part = _described_part(unit)
        if part and previous:
            runs[-1].append(part)
        elif part:
            runs.append([part])
        previous = bool(part)
    # a description says what will be done: a run without a word of plans is a story, thanks or news
    runs = [run for run in runs if sum(len(part.split()) for part in run) >= MIN_WORDS
            and any(_PROJECT.search(part) for part in run)]
    if not runs:
        return None
    best = max(runs, key=lambda run: sum(len(part.split()) for part in run))
    joined = " ".join(best)
    return joined[:MAX_CHARS].rstrip() if len(joined) > MAX_CHARS else joined
