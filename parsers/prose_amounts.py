"""The requested amount, the total and the applicants' own share as sentences say them ("we estimate the total
at X, we bring in Y ourselves, so we ask Z"): the words between one amount and the next say which it is.
Prose guesses stay below the review threshold: a wrong amount is only ever confident where a label said so."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from parsers.call_text import PROGRAMME_FUNDS, names_the_call_as_funder
from parsers.labels import OWN_SHARE
from parsers.model import BODY
from parsers.money import AmountMention, find_amounts, parse_amount

if TYPE_CHECKING:  # fields imports this module: the harvest's type is only named here
    from config.call import CallDefinition
    from parsers.fields import Harvest


def _one_line(value: str) -> str:
    return " ".join(value.split())


# the call's ceiling, said right before an amount, is not what the applicants ask
# "Aide maximale : 10 000 €", "Maximale steun: 10 000 euro": the ceiling said as an adjective, a colon after it
_CEILING = re.compile(r"(?i)\b(?:maximaal|maximum|max\.?|maximale?s?|plafonn\w*|plafond\w*|beperkt\s+tot|ten\s+hoogste|"
                      r"hoogstens|au\s+plus|limited\s+to|up\s+to)\s*(?:de|à|a|van|tot|op|of|d['’]|:)?\s*[€]?\s*$|"
                      r"\b(?:maximale|maximum)\s+(?:steun|subsidie|bijdrage|bedrag|toelage)\s*:?\s*[€]?\s*$")
_REQUEST_WORDS = re.compile(
    r"(?i)\b(vragen|vraag|vraagt|verzoeken|verzoekt|gevraagd|gevraagde|aanvragen|aanvraag|steun|subsidie|bijdrage|"
    r"sollicit\w*|demand\w*|subvention|aide|financement|soutien|manque|manquent|reste|restent|blijft|resterende|saldo|solde|"
    r"besoin|request\w*|ask\w*|grant|funding|support|obtenir|recevoir|b[ée]n[ée]ficier|krijgen|ontvangen|"
    r"verkrijgen|"
    # "Fonds européens (Interreg Partons 2.0) 10 000" in a budget's income: the line the call's grant is written on
    + PROGRAMME_FUNDS + r")\b")
_TOTAL_WORDS = re.compile(
    r"(?i)\b(totaal|totale|total|totaalbudget|in totaal|kost\w*|co[uû]t\w*|begroting|budget|s'élève|bedraagt|"
    # "... pour un projet de 12 500 €", "... voor een project van 12.500 euro": the project's size
    r"projet\s+(?:\w+\s+)?de|project\s+(?:\w+\s+)?van|costs?|comes to|amounts to)\b")
# what the applicants bring in themselves is neither the request nor the total
_OWN_WORDS = re.compile(
    r"(?i)\b(eigen inbreng|eigen bijdrage|eigen middelen|zelf|zelfs|inbreng|brengen\s+\w+\s+in|"
    r"andere (?:steun|subsidies?|sponsors?)|sponsor\w*|gemeente|autofinancement|apport\w*|fonds propres|"
    r"nous[- ]m[êe]mes|nous apportons|contribution propre|participation|autres? (?:aides?|financements?)|"
    r"recettes|inkomsten|reeds|d[ée]j[àa]|ourselves|own contribution|contribute|raised|already)\b")
# "Nous demandons une participation de 5.999,25 €": a share asked for is the request, not the applicants' own
_ASKED_SHARE = re.compile(r"(?i)\b(?:demand\w*|sollicit\w*|vragen|vraag|request\w*|ask\w*)\s+(?:\w+\s+){0,2}?"
                          r"(?:participation|contribution|bijdrage)\b")
# "... une participation de 10 € par participant", "... de 1 000 € à la commune": a fee, or another funder's
_NOT_OURS_TO_ASK = re.compile(r"(?i)\s*(?:€|eur(?:os?)?)?\s*(?:par|per|pro|à|a|au|aux|auprès|aan|bij|van|from)\b")
# whom an applicant asks when they ask this call: "bij de provincie", "auprès de vous", "bij jullie", "bij Partons"
# (the programme's name, its version taken off before: without_programme_version)
_THIS_CALL = re.compile(r"(?i)\bprovinc|\b(?:vous|u|jullie|you|appel|call|partons|interreg)\b|oproep")
_SENTENCE_START = re.compile(r"(?:[!?]|\.(?!\d))\s|\n")


_REQUESTED_AFTER = re.compile(
    r"[\s,]*(?:\w+[\s,]+){0,3}?(?:gevraagd|aangevraagd|vragen|aanvragen|demandée?s?|sollicitée?s?|demandons|"
    r"sollicitons|que nous (?:vous )?demandons|nodig|steun|subsidie|tussenkomst|soutien|subvention|"
    r"requested|needed)\b", re.IGNORECASE)
_SO_THAT = re.compile(r"(?i)[,;]\s*(?:zodat|dus|daarom|bijgevolg|donc|c['’]est pourquoi|si bien que|de sorte que|"
                      r"so that|so|therefore)\b")
_ASKED_PARTICIPLE = re.compile(
    r"[\s,]*(?:\w+[\s,]+){0,3}?(?:gevraagd|aangevraagd|demandée?s?|sollicitée?s?|que nous (?:vous )?demandons|"
    r"die we vragen|dat we vragen|nodig)\b", re.IGNORECASE)
# "€ 1.500 zelf" is the own share; "€ 9.750, zelf brengen we ..." starts a new clause after the comma
_OWN_AFTER = re.compile(r"\s*(?:nous[- ]m[êe]mes|zelf|eigen inbreng|en fonds propres|d['’]autofinancement|"
                        r"d['’]apport(?:\s+propre)?|de fonds propres|en apport propre|"
                        # "€1.750,- brengen we zelf in": the verb and its subject before "zelf"
                        r"ourselves|of our own|(?:brengen|dragen|betalen|financieren|leggen)\s+(?:we|wij)\s+zelf|"
                        # "le reste (2 500 €) est apporté par l'association", "wordt door de vereniging ingebracht"
                        r"\)?\s*(?:est|sont|sera|seront)\s+(?:apport|financ|pris\s+en\s+charge)\w*\s+par\s+"
                        r"(?:l['’]association|nous|notre|nos|le\s+comit[ée]|le\s+collectif)|"
                        r"\)?\s*(?:wordt|worden|zal|zullen)\s+(?:\w+\s+){0,2}door\s+(?:de\s+vereniging|ons|onze|het\s+comit[ée]|"
                        r"de\s+werkgroep)\b[^.\n]{0,30}?(?:ingebracht|gedragen|betaald|gefinancierd|bijgedragen))\b",
                        re.IGNORECASE)
_WHOLE_ASKED = re.compile(
    r"(?i)\b(?:vragen|vraag)\w*\s+(?:\w+\s+){0,2}(?:het|dit|dat|deze)\s+(?:volledige\s+|hele\s+|gehele\s+|ganse\s+|totale\s+)?"
    r"bedrag|\b(?:demandons|sollicitons)\s+(?:\w+\s+){0,2}(?:la totalité|l['’]intégralité|le montant total|ce montant)|"
    r"\b(?:request|ask for|apply for)\s+(?:the\s+)?(?:full|whole|entire|total)\s+amount")
_ASKING = re.compile(r"(?i)\b(?:vragen|vraag|demandons|demande|sollicitons|sollicite|request|ask(?:ing)?)\b")
# "l'aide est plafonnée à 10 000 euros", "beperkt tot maximaal 10.000 euro": the call's ceiling, not the request
_UP_TO = re.compile(r"(?i)\b(?:tot|jusqu['’]\s*[àa]|up\s+to)\s*(?:€\s*)?$")
_CEILING_BEFORE = re.compile(
    r"(?i)(?:maximaal|maximum|max\.?|maximumbedrag|plafonn\w*|plafond|beperkt tot|ten hoogste|hoogstens|"
    r"jusqu['’]à|au plus|up to|at most|limited to|capped at)(?:\s+(?:van|de|of|à|tot|op|is|est))*\s*$")


# an amount said in the negative ("geen 10.000 euro", "pas les 10 000 €", "niet het maximum van"), and the word
# that then gives the one meant ("maar 3.500 euro", "mais 3 500 €")
_NEGATED = re.compile(r"(?i)\b(?:geen|niet|pas|not|no)(?:\s+(?:de|het|les?|la|l['’]|the))?"
                      r"(?:\s+(?:maximum|maximale|volledige|totale|hele)(?:\s+(?:van|de))?)?\s*(?:€\s*)?$")
# an amount right before this one and a word that offers a choice or a range: "8.000 of", "7 000 ou", "tussen 7.000
# en", "de 7 000 à", "7.000 -"
_ALTERNATIVE = re.compile(r"(?i)\d[\d.,]*\s*(?:€|euros?|eur)?\s*(?:of|ou|or|en|et|and|à|a|tot|to|[-–])\s*(?:€\s*)?$")
_INSTEAD = re.compile(r"(?i)\b(?:maar|mais|but|wel|seulement|slechts|enkel)\b")


# "sollicité 4 000,00 € auprès de : Département du Nord", "aangevraagd bij de gemeente": whom it is asked of
_ASKED_OF = re.compile(r"(?i)\s*(?:€|eur(?:os?)?)?\s*(?:[^\W\d]+\s+){0,2}?(?:auprès\s+d[eu]s?|bij|from)\s*:?\s*"
                       r"(?P<whom>[^.\n]{3,50})")


def amounts_from_prose(harvest: Harvest, text: str, ceiling: Decimal, call: CallDefinition | None = None) -> None:
    """Requested amount and total from sentences: the words between the previous amount and this one say
    what it is ("the total is X, we bring in Y ourselves, so we ask Z"); words right after it may too
    ("X que nous vous demandons"). An amount asked of another funder the sentence names ("Nous avons aussi
    sollicité 4 000 € auprès du Département du Nord") is no request of this call's."""
    requested: list[Decimal] = []
    totals: list[Decimal] = []
    owns: list[Decimal] = []
    said_own: list[Decimal] = []  # the own shares said in words no one uses for another's money
    mentions = find_amounts(text)
    # where sentences start, found once: scanning from the text's start for each amount was quadratic in a
    # budget annex of many amounts (10 ms a call, the first of intake's own lines in the full cycle's profile)
    boundaries = [boundary.end() for boundary in _SENTENCE_START.finditer(text)] if mentions else []
    refused = False  # the amount before was asked for in the negative ("geen 10.000 euro, maar ...")
    alternative = False  # a request given as one of two amounts ("8.000 of 7.500 euro")
    for index, mention in enumerate(mentions):
        before_this = bisect_right(boundaries, mention.start)
        sentence_start = boundaries[before_this - 1] if before_this else 0
        previous_end = mentions[index - 1].end if index else 0
        window = text[max(sentence_start, previous_end, mention.start - 90):mention.start]
        before = window if re.search(r"[^\W\d]{3}", window) else text[max(sentence_start,
                                                                            mention.start - 90):mention.start]
        line_start = text.rfind("\n", 0, mention.start) + 1
        line = text[line_start:mention.start]
        sentence_end = _SENTENCE_START.search(text, mention.end)
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        after = text[mention.end:min(next_start, sentence_end.start() if sentence_end else len(text),
                                     mention.end + 60)]
        # "... 1.700 euro brengen we zelf in, zodat we 7.500 euro vragen": a clause that draws the conclusion
        # starts this amount's words; what stands before it spoke of the amount before
        before = before[max((m.end() for m in _SO_THAT.finditer(before)), default=0):]
        last_request = max((m.end() for m in _REQUEST_WORDS.finditer(before)), default=-1)
        last_total = max((m.end() for m in _TOTAL_WORDS.finditer(before)), default=-1)
        last_own = max((m.end() for m in _OWN_WORDS.finditer(before)), default=-1)
        if (asked_share := max((m.end() for m in _ASKED_SHARE.finditer(before)), default=-1)) >= last_own > -1 \
                and not _NOT_OURS_TO_ASK.match(after):
            last_own, last_request = -1, max(last_request, asked_share)
        if _NEGATED.search(text[max(0, mention.start - 30):mention.start]):
            # "We vragen geen 10.000 euro, maar 3.500 euro", "pas les 10 000 € maximum, mais 3 500 €": the amount
            # refused is not asked; the one after "maar"/"mais" is, in its stead
            refused = last_request > max(last_total, last_own)
            continue
        if refused and _INSTEAD.search(before):
            requested.append(mention.amount)
            refused = False
            continue
        refused = False
        if _CEILING.search(text[max(0, mention.start - 40):mention.start]):
            continue  # "l'aide est plafonnée à 10 000 euros", "beperkt tot maximaal 10.000 euro": the call's
        if _OWN_AFTER.match(after) or last_own > max(last_request, last_total):
            owns.append(mention.amount)
            if _OWN_AFTER.match(after) or _OWN_SHARE_SAID.search(before):
                said_own.append(mention.amount)
            continue  # "we brengen zelf € 1.500 in", "nous pouvons financer 800 € nous-mêmes": the own share
        if _CEILING_BEFORE.search(text[max(0, mention.start - 40):mention.start]) and not _ASKING.search(before):
            continue  # the call's ceiling, unless the writer asks for it ("Wij vragen het maximumbedrag van ...")
        if mention.amount == ceiling and _UP_TO.search(text[max(0, mention.start - 20):mention.start]) \
                and not _ASKING.search(before):
            continue  # "buurten kunnen tot 10.000 euro steun krijgen": the call's own maximum, told again
        requested_after = _REQUESTED_AFTER.match(after)
        if requested_after and next_start < (sentence_end.start() if sentence_end else len(text)) \
                and not _ASKED_PARTICIPLE.match(after):
            # "X en vragen daarvoor Y": the verb before the next amount is that amount's
            requested_after = None
        if last_request == -1 and last_total == -1 and not requested_after:
            bullet = re.fullmatch(r"\s*(?:[-•*–]|\d+[.)])\s*(?P<what>[^\d€:]{3,80}?)\s*[:=–-]?\s*", line)
            if bullet:
                harvest.add_budget_line(_one_line(bullet.group("what")), mention.amount, BODY, 0.7)
            continue
        # "Le coût total est estimé à 4 400 €. Nous sollicitons la totalité de ce montant.": the next sentence
        if last_total > last_request and _WHOLE_ASKED.search(text, mention.end, min(next_start, mention.end + 160)):
            totals.append(mention.amount)  # "de totale kost is 9750 EUR en we vragen het volledige bedrag"
            requested.append(mention.amount)
        elif (requested_after or last_request > last_total) and call is not None \
                and (whom := _ASKED_OF.match(after)) is not None and not _THIS_CALL.search(whom.group("whom")) \
                and not names_the_call_as_funder(whom.group("whom"), call):
            continue  # another funder's
        elif requested_after or last_request > last_total:
            requested.append(mention.amount)
            # "8.000 of 7.500 euro", "entre 7 000 et 8 000 €": one of two, the writer has not settled which
            alternative = alternative or _ALTERNATIVE.search(text[max(0, mention.start - 25):mention.start]) is not None
        else:
            totals.append(mention.amount)
    if not requested and len(set(totals)) == 1 and _WHOLE_ASKED.search(text):
        # "De totale kostprijs schatten we op € 5.650,-. We vragen dit volledige bedrag aan."
        harvest.add("requested_amount", totals[0], BODY, 0.7)
    if requested:
        # the same request repeated is still one request; two different ones is a doubt
        settled = len(set(requested)) == 1 and not alternative
        harvest.add("requested_amount", requested[0], BODY, 0.8 if settled else 0.5)
    elif (bare := _BARE_REQUEST.search(text) or _BARE_ASKED.search(text)) is not None \
            and (amount := parse_amount(bare.group("amount"))):
        # "Wij vragen een bijdrage van 4 500.", "Je sollicite une aide de 4 000.": the euro left unsaid; the
        # words say it is the request, the missing mark leaves it to check
        harvest.add("requested_amount", amount, BODY, 0.7)
    if not requested and len(set(totals)) == 1 and len(set(owns)) == 1:
        # "Het project kost 8.100 euro; 1.750 brengen we zelf in. Het saldo vragen we aan als steun.": the
        # request is what the own share leaves, worked out (documents._request_from_own_share), to check; own
        # shares of several amounts (parts of one, or two apart) leave nothing sure to work out. Without a
        # word of the rest ("waarvan wij zelf 2.000 € inbrengen" and no more) it is still what the letter
        # leaves to ask, as the people who write such letters read it: weaker, and the coordinator's to confirm
        # A rest the letter names but does not ask for ("De rest komt van de gemeente") is someone else's.
        # Only an own share said as one ("zelf", "eigen inbreng", "apport propre"), not a fee or a town's part.
        if _remainder_asked(text):
            harvest.add(OWN_SHARE, owns[0], BODY, 0.6)
        elif _rest_unsaid(text, mentions, totals, owns, said_own, ceiling):
            harvest.add(OWN_SHARE, owns[0], BODY, REMAINDER_UNSAID)
    if totals:
        harvest.add("total_budget", max(totals), BODY, 0.75 if len(set(totals)) == 1 else 0.5)
    elif (bare := _BARE_TOTAL.search(text)) is not None and (amount := parse_amount(bare.group("amount"))):
        # "De totale kostprijs van het project wordt geraamd op 6.850,00": the euro left unsaid, as in a
        # request above; the words say it is the total, the missing mark leaves it to check
        harvest.add("total_budget", amount, BODY, 0.7)


# the rest of the cost, asked without its amount: "Het saldo vragen we aan", "nous sollicitons le solde"; a
# number close after it is the rest's amount, but not the call's own name ("le reste auprès de Partons 2.0")
_REMAINDER_ASKED = re.compile(
    r"(?i)\b(?:saldo|solde|(?:het\s+)?resterende\s+bedrag|het\s+verschil|de\s+rest(?!\s+van)|la\s+diff[ée]rence|le\s+reste|"
    r"the\s+(?:rest|remainder|balance|difference))\b(?![^.\n]{0,30}\d(?!\.\d\b))")
# "voor de rest rekenen we op de projectoproep", "pour le reste, nous comptons sur l'appel": counting on the call
_ASKING_VERB = re.compile(
    r"(?i)\b(?:vragen|vraag|aanvragen|sollicit\w*|demand\w*|ask\w*|request\w*|"
    r"(?:rekenen|compt(?:ons|e)|count(?:ing)?)\s+(?:\w+\s+){0,2}?(?:op|sur|on)\s+(?:de|het|uw|jullie|la|l['’]|le|"
    r"votre|vos|the|your)?\s*(?:project)?(?:oproep|steun|subsidie|provincie|appel|soutien|aide|subvention|"
    r"province|call|grant))")


REMAINDER_UNSAID = 0.5  # a request worked out from a total and an own share when no word asks for the rest
# the rest or another's part, named in any way ("voor de rest van het jaar", "het overige bedrag komt van de stad",
# "le reliquat sera financé par la CAF", "50 %", "een lening"): then the rest is not simply what the call is asked
_REMAINDER_NAMED = re.compile(
    r"(?i)\b(?:rest\w*|reste|restant|saldo|solde|verschil|diff[ée]rence|remainder|balance|overig\w*|ontbrek\w*|"
    r"compl[ée]ment|reliquat|helft|moiti[ée]|lening|pr[êe]t|emprunt|sponsor\w*|m[ée]c[èe]nat|partenaires?|"
    r"cofinanc\w*|partners?|provinc\w*|leader|caf|beloofd|promis|annuel\w*|jaarlijk\w*|jaarbudget|werkingsbudget)\b|%")
# the words that say a sum is the group's own, and nobody else's ("De deelnemers betalen zelf" is a fee)
_OWN_SHARE_SAID = re.compile(
    r"(?i)eigen inbreng|eigen bijdrage|eigen middelen|\b(?:wij|we)\s+(?:\w+\s+)?zelf|"
    r"zelf\s+(?:brengen|dragen|betalen|leggen)\s+(?:we|wij)|brengen\s+(?:we|wij)\s+(?:zelf\s+)?in|"
    r"autofinancement|apport (?:propre|personnel)|"
    r"(?:nos\s+)?fonds propres|nous[- ]m[êe]mes|nous apportons|contribution propre|ourselves|own contribution")
# a verb that asks: a letter that asks for something we did not read as an amount ("Wij vragen 50%", "we vragen
# het maximum") has its request, just not one we can work out
_ASKS_ANYTHING = re.compile(r"(?i)\b(?:vragen|vraag|aanvragen|verzoeken|demand\w*|sollicit\w*|request\w*|ask\w*)\b")


def _rest_unsaid(text: str, mentions: Sequence[AmountMention], totals: Sequence[Decimal], owns: Sequence[Decimal],
                 said_own: Sequence[Decimal], ceiling: Decimal) -> bool:
    """A letter that gives the project's total and the group's own share, nothing else in euros and no word
    of a request, of the rest or of anyone else's money ("De totale kostprijs bedraagt €10.600,-, waarvan wij
    zelf 2.000 € inbrengen."): the rest is what it asks of the call, worked out (weaker, to check). The
    province on a line of its own is the address the letter is sent to ("Provincie West-Vlaanderen"), not
    someone else's money."""
    return (len(mentions) == 2 and len(totals) == 1 and len(owns) == 1 and list(said_own) == list(owns)
            and 0 < owns[0] < totals[0] and totals[0] - owns[0] <= ceiling
            and not _REMAINDER_NAMED.search(_PROVINCE_ADDRESSED.sub("", text)) and not _ASKS_ANYTHING.search(text))


# the address block's first line: "Provincie West-Vlaanderen", "Province de Flandre-Occidentale"
_PROVINCE_ADDRESSED = re.compile(r"(?im)^[ \t]*(?:aan\s+de\s+|à\s+la\s+)?(?:provincie|province)(?:\s+de)?"
                                 r"\s+[\w-]+(?:\s+[\w-]+)?[ \t]*$")


def _remainder_asked(text: str) -> bool:
    """A sentence asks for the rest of the cost without saying how much."""
    return any(_REMAINDER_ASKED.search(sentence) and _ASKING_VERB.search(sentence)
               for sentence in re.split(r"[.!?]\s|\n\s*\n", text))


# a request whose amount is written without a euro sign: the verb, then "a contribution / an aid of" and the number
_BARE_REQUEST = re.compile(
    r"(?i)\b(?:vragen|vraag|verzoeken|sollicit\w*|demand\w*|ask\w*|request\w*)\b[^.\n\d]{0,40}?"
    r"\b(?:bijdrage|steun|subsidie|tussenkomst|toelage|aide|subvention|soutien|participation|contribution|grant)"
    r"\s+(?:van|de|d['’]|of)\s*(?P<amount>\d{1,2}(?:[ .\u00a0]\d{3})|\d{3,5})(?:,\d{2})?(?![\d.,]*\d)"
    r"(?!\s*(?:%|€|eur|euro|procent|pour))")


# "Nous demandons donc 4000.", "We vragen 6350.": the verb and the number, nothing after it in the clause
_BARE_ASKED = re.compile(
    r"(?i)\b(?:vragen|vraag|sollicitons|sollicite|demandons|demande|request|ask)\s+"
    r"(?:(?:donc|dus|daarom|dan|nog|u|vous|thus|therefore|for)\s+){0,2}"
    r"(?P<amount>\d{1,2}(?:[ .\u00a0]\d{3})|\d{3,5})(?:,\d{2})?(?=\s*(?:[.;!)]|,\s|$|\s+(?:aan|als|voor|pour|à)\b)"
    r"|\s+(?!(?:Euros?|EUR)\b)(?-i:[A-ZÀ-Ý][a-zà-ÿ]))",  # or the next sentence, its full stop not read
    re.MULTILINE)


# a total whose amount is written without a euro sign: "total cost" words, a verb or a preposition, the number
_BARE_TOTAL = re.compile(
    r"(?i)\b(?:totale?\s+(?:kost\w*|budget|bedrag|begroting|uitgaven|co[uû]t)|co[uû]t\s+total|budget\s+total|"
    r"totaalbudget|total\s+(?:cost|budget))\b[^.\n\d€]{0,50}?\b(?:op|van|is|bedraagt|à|a|de|est|of|at|to)\s+"
    r"(?P<amount>\d{1,2}(?:[ .\u00a0]\d{3})|\d{3,5})(?:,\d{2})?(?![\d.,]*\d)"
    r"(?!\s*(?:%|€|eur|euro|procent|pour))")
