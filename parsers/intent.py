"""What a person's mail means to the call, from its words: an idea, more for one, a question, a change...

Pure: the mail's own words, the values read from it and (when it would join one) what is on file for
the application, in; a ``Judgement`` with its kind, the reason in words and a confidence, out. The
header rules (parsers/classify.py) run first and catch what machines send with the right headers; this
reads what people write, and what machines send without them (an out-of-office with no Auto-Submitted).

The worker acts on a judgement only at or above ``parsers.confidence.REVIEW_THRESHOLD``; below it the
message waits on the coordinator's attention list. So a rule that is unsure says so with a low
confidence rather than guessing: asking costs the coordinator one step, a wrong action costs an
applicant a wrong mail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from parsers.confidence import REVIEW_THRESHOLD
from parsers.model import BODY, QUOTED, SENDER
from parsers.money import format_amount, parse_amount
from parsers.shared_links import MAX_LINKS, without_urls


class Intent(StrEnum):
    APPLICATION = "application"  # a new project idea
    FOLLOW_UP = "follow_up"  # more for an application on file, nothing contradicted
    NEW_IDEA = "new_idea"  # a known sender's second, different project
    CHANGED_VALUES = "changed_values"  # a reply that states another amount, title or contact than on file
    INQUIRY = "inquiry"  # interest or a question, no concrete idea
    AUTO_REPLY = "auto_reply"  # an out-of-office, with or without its headers
    OUT_OF_SCOPE = "out_of_scope"  # an invoice, a newsletter, a colleague's meeting
    WITHDRAWAL = "withdrawal"  # the applicant withdraws an idea


# the values a reply may change, and that a receipt must never confirm once the applicant contradicted them
CHANGEABLE = ("requested_amount", "total_budget", "project_title", "organisation", "contact_name", "email",
              "phone")
# a contact read from prose is most often a signature or a colleague in copy, not a change
NEEDS_A_LABEL = ("contact_name", "email", "project_title", "organisation", "phone")
# a mail that says it sends an application (its files, a form, a dossier), in any of the call's languages
_SENDS_AN_APPLICATION = re.compile(
    r"(?i)\b(?:(?:onze|ons|mijn|het|de)\s+(?:aanvraag|dossier|aanvraagformulier|formulier|projectidee|"
    r"kandidatuur)|(?:notre|mon|le|la)\s+(?:candidature|dossier(?:\s+de\s+candidature)?|formulaire|"
    r"demande|projet)|(?:our|my|the)\s+(?:application|form|proposal))\b")
# how a mail that is no reply is found to belong to an application: its sender's address, or the address of the
# mail it forwards, under the applicant's own name ("resent") or another's ("contact")
NOT_A_REPLY = ("sender", "contact", "resent")
# the values that make a mail a concrete idea
CONCRETE = ("project_title", "requested_amount", "summary", "organisation", "total_budget", "budget_lines")


@dataclass(frozen=True)
class MailFacts:
    """What one message brings: its subject, its own words (quotes removed), the values read from it."""

    subject: str
    text: str
    values: Mapping[str, Any]
    attachment_count: int = 0  # documents attached (not pictures)
    form_attached: bool = False  # an attachment that gave values
    shared_links: int = 0  # links to shared files in the own words (WeTransfer, Drive...): files sent as a link
    sources: Mapping[str, str] = field(default_factory=dict)  # name -> form_field, table, label, body
    in_copy: bool = False  # the mailbox is in Cc, others in To: the mail is written to them
    to_others: int = 0  # addresses besides ours and the sender's in To
    to_self: bool = False  # To the sender alone, the mailbox in Bcc: a mailing


@dataclass(frozen=True)
class OnFile:
    """The application the message would join, and how it was found: reference, thread or sender."""

    reference: str
    linked_by: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Judgement:
    kind: Intent
    reason: str
    confidence: float
    changes: tuple[Change, ...] = field(default=())


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_OUT_OF_OFFICE = _any(
    # nl
    r"\b(ik ben|ben ik|wij zijn|zijn wij)\s+(momenteel\s+|tot\s+\S+\s+(\S+\s+)?)?(afwezig|met verlof|op vakantie|"
    r"niet (aanwezig|bereikbaar)|buiten kantoor)", r"\bafwezigheids?(bericht|melding)",
    r"automatisch(e)? (antwoord|bericht)",
    r"\bniet op kantoor\b", r"\bop vakantie tot\b", r"\bmet verlof tot\b", r"^\s*afwezig (tot|van|t/m|vanaf)\b",
    r"\btijdens mijn afwezigheid\b", r"\bpendant mon absence\b", r"\bduring my absence\b",
    r"\bdit is een automatisch\w* (antwoord|bericht)", r"\bceci est un (message|e-?mail) automatique",
    r"\bthis is an automat(ic|ed) (reply|response|message)", r"\ben cong[ée]s? jusqu", r"\babsente? du bureau\b",
    r"\bmomenteel niet (beschikbaar|bereikbaar)\b", r"\bcurrently (unavailable|away)\b",
    r"\baway from (the|my) (office|desk)\b", r"\bannual leave\b", r"\b(zwangerschaps|ouderschaps)verlof\b",
    r"\bcong[ée] de (maternit[ée]|maladie)\b", r"\bi.m (away|out of)\b", r"\bin verlof\b",
    # fr
    r"message d.absence", r"\bje suis (actuellement\s+)?(absente?|en cong[ée]s?|en vacances|en d[ée]placement)",
    r"\bactuellement absente?\b", r"r[ée]ponse automatique", r"\bje serai de retour\b",
    r"\bje n.aurai pas acc[èe]s\b", r"\babsente? (jusqu|du)\b",
    # en
    r"\bout of (the )?office\b", r"\bi am (currently )?(away|out of|on (annual )?leave|on holiday|on vacation)",
    r"\bautomatic reply\b", r"\bauto-?reply\b", r"\bi will be back\b", r"\blimited access to (my )?e-?mail",
)
_WITHDRAWAL = _any(
    r"\b(trekken|trek)\b[^.!?\n]{0,60}\bin\b", r"\bintrekken\b", r"\bteruggetrokken\b", r"\bzien (we |wij )?af van\b",
    r"\b(gaat|gaan) (toch )?niet door\b", r"\bwe stoppen\b",
    r"\bretir(er|ons|e|ez)\b[^.!?\n]{0,40}\b(candidature|projet|id[ée]e|dossier)", r"\brenon[cç](er|ons|e)\b",
    r"\bne (sera|se fera) pas\b", r"\bannul(er|ons)\b[^.!?\n]{0,30}\b(candidature|projet|dossier)",
    r"\bwithdraw(ing|n)?\b", r"\bno longer (wish|want) to (apply|take part)",
    # said without the word: "we doen niet mee", "schrap ons project", "we zien er (misschien) van af"; hedged
    # or not, the worker only asks (a withdrawal is never taken on a guess)
    r"\b(doen|doet)\b[^.!?\n]{0,40}\bniet (meer )?mee\b",
    r"\bschrap\w*\b[^.!?\n]{0,40}\b(project|aanvraag|idee|dossier)",
    r"\bzien\b[^.!?\n]{0,30}\bvan af\b", r"\bafzien\b", r"\bhaken\b[^.!?\n]{0,20}\baf\b",
    r"\bne particip\w+ (pas|plus)\b", r"\babandonn(er|ons|ez)\b[^.!?\n]{0,40}\b(projet|candidature|id[ée]e|dossier)",
    r"\bnous abandonnons\b", r"\bd[ée]sist",
    r"\b(supprim|annul)\w*\b[^.!?\n]{0,20}\bnotre (projet|candidature|dossier)",
    r"\b(won.t|will not|cannot|can.t) (take part|participate|go ahead)\b",
    r"\bcancel\w*\b[^.!?\n]{0,30}\b(application|project)",
    r"\bpull(ing)? out\b", r"\bdrop(ping)? out\b", r"\bcount us out\b",
)
_NEW_IDEA = _any(
    r"\b(tweede|nog een|een ander|een nieuw|ander|nieuw)\s+(project)?(idee|project|voorstel)\b",
    r"\bnog een (tweede )?(idee|project)\b",
    r"\b(deuxi[èe]me|second|seconde|nouvelle|autre)\s+(id[ée]e|projet|proposition)\b",
    r"\bun(e)? autre (id[ée]e|projet)\b", r"\bnouveau projet\b",
    r"\b(second|another|new|other) (project|idea)\b",
)
_CHANGE = _any(
    r"\bnu\b", r"\bvoortaan\b", r"\bintussen\b", r"\bin plaats van\b", r"\bi\.?p\.?v\.?", r"\bgewijzigd\b",
    r"\baangepast\b", r"\bwijziging\b", r"\bcorrectie\b", r"\bverbetering\b", r"\bnieuw(e)? (bedrag|titel|contact)",
    r"\bmoet zijn\b", r"\bverander", r"\bherzien",
    r"\bd[ée]sormais\b", r"\bau lieu de\b", r"\bmodifi", r"\bcorrig", r"\bnouveau montant\b", r"\bnouveau titre\b",
    r"\brectifi", r"\bplut[ôo]t\b", r"\bmaintenant\b", r"\br[ée]vis",
    r"\binstead of\b", r"\bnow\b", r"\bchanged\b", r"\bupdated?\b", r"\bcorrect(ion|ed)\b", r"\brevised\b",
)
_INQUIRY = _any(
    r"\bnog geen (concreet|echt|duidelijk)\b", r"\bkunnen jullie\b[^.?\n]{0,40}\bhelpen\b",
    r"\bhoe (kan|kunnen|moet|moeten)\b",
    r"\b(een |mijn |onze )?vraag\b", r"\bvragen over\b", r"\bmag (ik|ik u|ik jullie)\b", r"\bin aanmerking\b",
    r"\bmeer (info|informatie|uitleg)\b", r"\bis het mogelijk\b", r"\bbrainstorm",
    r"\b(kan|kun|kunt) (ik|men|je|jij|u)\b[^.?\n]{0,60}\?",
    r"\bwelke\b[^.?\n]{0,60}\?", r"\bgeïnteresseerd\b", r"\binteresse\b",
    r"\bpas encore (d.id[ée]e|de projet)", r"\bpouvez-vous\b", r"\bpourriez-vous\b", r"\best-ce que\b",
    r"\bj.aimerais savoir\b", r"\bquestions?\b", r"\bje me demande\b", r"\bsavoir si\b",
    r"\brenseignement", r"\bplus d.information", r"\best-il possible\b",
    r"\b[ée]ligible", r"\bint[ée]ress[ée]e?s?\b", r"\bcomment (faire|proc[ée]der|postuler)\b",
    r"\bnot yet a concrete\b", r"\bcould you\b", r"\b(we|i).d like to know\b", r"\bwould like to know\b",
    r"\bwondering\b", r"\bvraag (me|ons) af\b", r"\bwould (it|that|this) fit\b",
    r"\bcan you\b", r"\bis it possible\b", r"\bmore information\b",
    r"\beligible\b", r"\binterested\b",
)
_NO_IDEA_YET = _any(r"\bnog geen (concreet|echt|duidelijk)\b", r"\bpas encore (d.id[ée]e|de projet)",
                    r"\bquestions? before (we|i) (go further|apply)", r"\bbefore (we|i) (apply|go further)\b",
                    r"\bvoor(dat)? (we|ik) (indienen|een aanvraag)", r"\bavant de (d[ée]poser|postuler|soumettre)\b",
                    r"\bnot yet a concrete\b", r"\bno concrete (idea|project)\b", r"\bgeen idee\b")
# an idea told, but the decision to apply not taken: "we weten nog niet of we gaan indienen", "nous ne savons pas
# encore si nous allons déposer un dossier"; the answer to its question decides, so a receipt would be a guess
_UNDECIDED = _any(
    r"\b(?:weten|weet)\s+(?:\w+\s+){0,2}(?:nog\s+)?niet\s+(?:zeker\s+|goed\s+)?of\s+(?:\w+\s+){0,4}(?:indienen|"
    r"in\s+te\s+dienen|deelnemen|meedoen|mee\s+te\s+doen|een\s+aanvraag|een\s+dossier|kandidaat)",
    r"\b(?:zijn|ben)\s+(?:\w+\s+){0,2}(?:nog\s+)?niet\s+zeker\s+of\s+(?:\w+\s+){0,4}(?:indienen|in\s+te\s+dienen|"
    r"deelnemen|meedoen|een\s+aanvraag)",
    # in the present: "we twijfelden lang, maar hier is ons idee" has decided
    r"\b(?:twijfel(?:en|t)?|overweg(?:en|t))\s+(?:\w+\s+){0,3}(?:of\s+|om\s+)?(?:\w+\s+){0,3}(?:indienen|"
    r"in\s+te\s+dienen|deelnemen|meedoen|aanvraag)",
    r"\b(?:ne\s+)?sa(?:vons|is|it|vent)\s+pas\s+(?:encore\s+)?si\s+(?:[\w']+\s+){0,3}(?:d[ée]poser|postuler|"
    r"participer|soumettre|candidater|r[ée]pondre|introduire|rentrer|envoyer)",
    r"\b(?:h[ée]sit|envisag)(?:ons|e|ent|eons)\s+(?:encore\s+)?(?:[àa]|de)\s+(?:d[ée]poser|postuler|participer|"
    r"candidater|introduire|rentrer|envoyer|r[ée]pondre)",
    r"\b(?:not|haven.t)\s+(?:yet\s+)?(?:sure|decided)\s+(?:yet\s+)?(?:whether|if)\s+(?:[\w']+\s+){0,3}"
    r"(?:apply|submit|take part)",
    r"\bstill\s+(?:deciding|considering|thinking\s+about)\s+(?:whether|if)\s+(?:[\w']+\s+){0,3}(?:apply|submit)",
)
# an idea told before its form is filled in, or with the question whether its writer may apply at all: the answer
# decides (without an idea told, such a mail is a plain question: the brainstorm offer answers it)
_NOT_YET_APPLYING = _any(
    # the form not filled in yet: "avant de remplir le dossier, serait-il possible ...?" (a blind mailbox's case)
    r"\bavant\s+de\s+(?:remplir|compl[ée]ter|r[ée]diger|rentrer)\s+(?:le|notre|un|votre|la)\s+(?:dossier|"
    r"formulaire|candidature|demande)",
    r"\b(?:voor(?:dat|aleer)?|alvorens)\s+(?:we|wij|ik)\s+(?:het|ons|een)\s+(?:formulier|dossier|aanvraag)\s+"
    r"(?:invullen|indienen|opstellen)",
    r"\balvorens\s+(?:het|ons|een)\s+(?:formulier|dossier)\s+(?:in\s+te\s+vullen|in\s+te\s+dienen|op\s+te\s+stellen)",
    r"\bbefore\s+(?:we|i)\s+(?:fill\s+in|complete|write)\s+(?:the|our|an)\s+(?:form|application)",
    # whether one such as the writer may apply at all: "Kan een handelaar hiervoor indienen?" (a blind mailbox's)
    r"\b(?:kan|mag)\s+(?:een|ik\s+als|wij\s+als|we\s+als)\s+(?:\w+\s+){1,3}(?:hiervoor\s+|daarvoor\s+|ook\s+)?"
    r"(?:indienen|deelnemen|meedoen|kandidaat\s+zijn|een\s+aanvraag\s+doen)\b[^.?\n]{0,40}\?",
    r"\b(?:une?|un\s+simple)\s+\w+\s+(?:peut|pourrait)[- ](?:il|elle)\s+(?:aussi\s+)?(?:d[ée]poser|postuler|"
    r"participer|candidater)\b[^.?\n]{0,40}\?",
    r"\b(?:can|may)\s+(?:a|an)\s+\w+\s+(?:\w+\s+)?(?:apply|submit|take\s+part)\b[^.?\n]{0,40}\?",
)
# a mail that asks the coordinator to spread something in their network: another programme's call, a newsletter
# ("Wil je deze oproep verspreiden in je netwerk?"): its amounts and deadline are not an idea's (a blind mailbox's
# LEADER call was acknowledged as an application)
_SPREAD_THE_WORD = _any(
    r"\b(?:verspreiden|delen|doorsturen|bekendmaken|ruchtbaarheid\s+geven)\s+(?:\w+\s+){0,2}(?:in|binnen|via|onder)\s+"
    r"(?:je|jouw|uw|jullie)\s+(?:netwerk|contacten|leden|achterban|kanalen)",
    r"\b(?:in|binnen|via|onder)\s+(?:je|jouw|uw|jullie)\s+(?:netwerk|contacten|achterban|kanalen)\s+(?:\w+\s+){0,3}"
    r"(?:verspreiden|delen|doorsturen|bekendmaken)",
    r"\b(?:diffuser|relayer|partager|faire\s+circuler)\s+(?:\w+\s+){0,3}(?:dans|aupr[èe]s\s+de|[àa])\s+(?:votre|vos|ton|tes)"
    r"\s+(?:r[ée]seaux?|contacts|membres|adh[ée]rents|partenaires)",
    r"\b(?:spread|share|circulate|forward)\s+(?:\w+\s+){0,3}(?:in|to|with|among|across)\s+(?:your)\s+(?:network|"
    r"contacts|members|partners)",
)
# a mail that asks to be passed on to whoever deals with it: the writer is unsure it reached the right programme
# (not the politeness "ik hoop dat ik aan het juiste adres ben", which a review found over ordinary applications)
_WRONG_DOOR = _any(
    r"\b(?:door\s*(?:te\s+)?(?:geven|sturen)|(?:te\s+)?bezorgen|over\s*(?:te\s+)?maken)\s+(?:aan|naar)\s+(?:de|een)\s+"
    r"(?:juiste|bevoegde|betrokken)\s+(?:dienst|persoon|afdeling|collega)",
    r"\b(?:aan|naar)\s+(?:de|een)\s+(?:juiste|bevoegde|betrokken)\s+(?:dienst|persoon|afdeling|collega)\s+"
    r"(?:\w+\s+)?(?:bezorgen|doorsturen|doorgeven|overmaken|sturen)",
    r"\b(?:transmettre|faire suivre|transf[ée]rer|faire parvenir)\s+(?:\w+\s+){0,3}(?:au|aux|[àa] la|[àa] l['’])\s*"
    r"(?:bons?|services?|personnes?|direction|interlocuteur)",
    r"\b(?:transmettre|faire suivre|transf[ée]rer|faire parvenir)\s+(?:\w+\s+){0,3}[àa] qui de droit\b",
    r"\bforward\s+(?:\w+\s+){0,3}to\s+the\s+(?:right|relevant|appropriate)\s+(?:department|person|service)",
)
_OUT_OF_SCOPE = _any(
    r"\bfactuur\b", r"\bfacture\b", r"\binvoice\b", r"\bnieuwsbrief\b", r"\bnewsletter\b", r"\blettre d.information",
    r"\bvergadering\b", r"\br[ée]union\b", r"\bmeeting\b", r"\bagenda\b", r"\bordre du jour\b", r"\bwebinar\b",
    r"\bbestelling\b", r"\bcommande\b", r"\bofferte\b", r"\bdevis\b", r"\bbetalingsherinnering\b", r"\bverslag\b",
    r"\bcompte rendu\b", r"\buitschrijven\b", r"\bd[ée]sinscri", r"\bunsubscribe\b", r"\bteamoverleg\b",
    r"\bpersoneelsfeest\b", r"\bdienstnota\b", r"\bhappy hour\b", r"\bleveringsbon\b", r"\bbon de livraison\b",
    r"\buitnodiging\b", r"\bnodigt (u|je|jullie) (graag )?uit\b", r"\binvitation\b", r"\bvous invite\b",
    r"\breceptie\b", r"\bwegenwerken\b", r"\btravaux\b", r"\bopleiding\b", r"\bformation\b",
)
# a bill, in its own words: what is to be paid, not what is asked for a project
_BILL = _any(r"\b(factuur|facture|invoice|betalingsherinnering|rappel de paiement|payment reminder)\b",
             r"\bte betalen (binnen|voor)\b", r"\b[àa] (payer|r[ée]gler) (avant|sous)\b", r"\bpayable (within|by)\b")
# a supplier's offer to the call's organisers: it names the call and projects, it is no idea
_SALES = _any(r"\b(special|exclusive) offer\b", r"\b(offre|aanbieding) sp[ée]cial", r"\bdiscount\b", r"\bkorting\b",
              r"\b\d+\s?% de (remise|r[ée]duction)\b", r"\byour (applicants|funded projects|selected projects)\b",
              r"\bvos (candidats|porteurs de projets?|projets (s[ée]lectionn|financ))",
              r"\buw (aanvragers|projectindieners)\b")
# unsolicited offers and phishing: they may quote the call's words, they are never about a project
_SPAM = _any(
    r"\bsans engagement\b", r"\baudit (seo|gratuit|offert)", r"\bseo\b", r"\bnos clients\b", r"\bour clients\b",
    r"\bverify your account\b", r"\bwithin 24 hours\b", r"\bclick here\b", r"\bcliquez ici\b", r"\bstorage limit\b",
    r"\bmailbox (has )?exceeded\b", r"\bvrijblijvend(e)? offerte\b", r"\bunsubscribe\b", r"\bse d[ée]sinscrire\b",
    r"\bbitcoin\b", r"\bcrypto", r"\bgagnez\b", r"\bwin (a|an)\b",
)
_CALL_WORDS = _any(
    r"\bformulier\b", r"\bformulaire\b",
    r"\bproject\s*idee", r"\bid[ée]e de projet", r"\bprojet\b", r"\bproject\b", r"\bidee\b", r"\bid[ée]e\b",
    r"maak werk van je buurt", r"faites bouger", r"\boproep\b", r"\bappel [àa] projets?", r"\bsubsidie",
    r"\bsubvention", r"\bbuurt", r"\bquartier", r"\bdorp\b", r"\bvillage\b", r"\bbewoners\b", r"\bhabitants\b",
    r"\bpartons\b", r"\baanvraag\b", r"\bcandidature\b",
)
_PROJECT_PLAN = _any(
    r"\bwe (willen|zouden graag|plannen|organiseren)\b", r"\bons (project)?idee\b", r"\bons project\b",
    r"\bnotre (projet|id[ée]e)\b", r"\bnous (souhaitons|voulons|aimerions|organis)", r"\bour (project|idea)\b",
    r"\bwe (would like|want|plan) to\b", r"\bgevraagd bedrag\b", r"\bmontant demand[ée]", r"\bbudget\b",
    r"\bdien(t|en)\b[^.\n]{0,40}\bin\b", r"\bindienen\b", r"\bvolgend idee\b", r"\bsoumet(tons|tre)\b",
    r"\bvoici (notre|mon) (projet|id[ée]e|candidature|dossier)", r"\bhere is our (application|project|idea)\b",
    r"\bgevraagd\s*:", r"\bmontant\s*:", r"\bamount requested\b", r"\bwe (willen|gaan)\b",
)
# labels of an English form-less mail (the parsers read Dutch and French labels)
_ENGLISH_LABELS = re.compile(r"^\s*((project )?title|amount( requested)?|organi[sz](ation|ers?)|"
                             r"(short )?(summary|description)|total budget)\s*:", re.IGNORECASE | re.MULTILINE)
_AMOUNT_IN_TEXT = re.compile(r"\d[\d. \u00a0\u202f]*(,\d{1,2})?\s*(€|euros?\b|eur\b)", re.IGNORECASE)


_AMOUNT = r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_EURO = r"\s*(?:euros?|euro's|eur|€)?"
# "het wordt 9.000, niet 9.200", "9 000 €, et non 9 200", "9,000, not 9,200": a number corrected is an amount
# only when the number it corrects is the amount on file (``stated_changes``: reviews found house numbers,
# postcodes, phones, hours, cost lines and the call's maximum corrected so: "Kerkstraat 12, niet 21")
_NOT = re.compile(rf"({_AMOUNT})(?![\d.,]?\d){_EURO}\s*,?\s*(?:en\s+|et\s+|and\s+)?"
                  rf"(?:niet|non|pas|not)\s+({_AMOUNT})(?![\d.,]?\d){_EURO}"
                  rf"(?!\s*(?:%|procent|pour ?cent|per ?cent))", re.I)
# "van 9.800 naar 9.200", "passe de 9 800 € à 9 200 €", "from 9,800 to 9,200"
_FROM_TO = re.compile(rf"\b(?:van|de|from)\s+({_AMOUNT}){_EURO}\s+(?:naar|à|a|to|tot)\s+({_AMOUNT}){_EURO}", re.I)
# "8.750 euro i.p.v. 9.500", "9 200 € au lieu de 9 800 €"
_INSTEAD = re.compile(rf"({_AMOUNT}){_EURO}\s*,?\s*(?:zijn\s+)?(?:i\.?\s?p\.?\s?v\.?|in plaats van|au lieu des?|"
                      rf"instead of|en lieu et place de)\s+({_AMOUNT})", re.I)
# "le formulaire indique 10 000,00 €, mais il faut lire 9 000,00 €", "er staat 10.000 euro, maar dat moet 9.000
# zijn": the amount written, then the one meant
_MUST_READ = re.compile(rf"({_AMOUNT})(?![\d.,]?\d){_EURO}[^\d.\n]{{0,40}}?\b(?:mais|maar|but)\b[^\d.\n]{{0,40}}?"
                        rf"\b(?:lire|lisez|lees|lezen|moet|should|read|corrig\w*|verbeter\w*)\b[^\d\n]{{0,15}}"
                        rf"({_AMOUNT})(?![\d.,]?\d)", re.I)
# "we vragen nu 8.750 euro", "nous ne demandons plus que 7 600 €", "le montant est désormais de 8 750 euros"
_NOW = re.compile(rf"\b(?:nu|voortaan|nog maar|nog slechts|d[ée]sormais|plus que|maintenant|now|only|passe [àa]|"
                  rf"wordt|devient|becomes|moet)\s+(?:[^\W\d]+\s+){{0,4}}?({_AMOUNT})\s*(?:euros?|euro's|eur|€)", re.I)
# a sentence that puts a change on a condition: "Als de gemeente de aarde levert, ...", "Si la commune ..."
_CONDITION = re.compile(r"(?im)(?:^|[.!?]\s+)(?:als|indien|mocht|tenzij|si|s.il|sauf si|if|unless|in case)\b"
                        r"[^.!?\n]*\d")
_TOTAL_NEAR = re.compile(r"(totaal|total|totale|co[ûu]t global|budget global)", re.I)
# a name said to change, the new one in quotes: "s'appellera désormais « X »", "de titel wordt 'X'", "is now 'X'"
_RENAMED = re.compile(
    r"(?:s.appell\w*(?:\s+(?:d[ée]sormais|maintenant))?|nouveau (?:nom|titre)|nouvel intitul[ée]|"
    r"nieuwe (?:naam|titel)|heet (?:nu|voortaan)|noem\w*|new (?:name|title)|renam\w+|rebaptis\w+|"
    r"wordt(?: voortaan| nu)?|is (?:nu|voortaan|now)|est (?:d[ée]sormais|maintenant)|devient|becomes|changed to|"
    r"(?:gewijzigd|veranderd) in)"
    r"[^«\"“‘'\n.]{0,80}?(?:[«\"“‘]|(?<!\w)')\s*([^»\"”’\n]{3,120}?)\s*(?:[»\"”’]|'(?!\w))", re.I)
# what is renamed, from the words just before: the association or the project
_ORGANISATION_NOUN = re.compile(r"\b(organisatie|organisation|organization|vereniging|association|asso|vzw|asbl|"
                                r"comit[ée]|club|stichting|collectif|group|groep|naam van (onze|de) \w+)\b", re.I)
_TITLE_NOUN = re.compile(r"\b(titel|titre|title|intitul[ée]|project\w*|projet|idee|id[ée]e)\b", re.I)
_CONTACT_CHANGE = _any(
    r"\bvoortaan\b[^.\n]{0,40}\b(contacteren|contact|mailen|bellen)", r"\bgeef\b[^.\n]{0,60}\bdoor aan\b",
    r"\bnieuwe contactpersoon\b", r"\bnouvel(le)? (interlocut|contact|r[ée]f[ée]rent)", r"\bnew contact( person)?\b",
    r"\bd[ée]sormais\b[^.\n]{0,40}\b(contacter|joindre|[ée]crire)", r"\bprend le relais\b", r"\btakes over\b",
    r"\bneemt\b[^.\n]{0,40}\bover\b",
    # another person now follows the file: "c'est désormais Paul qui suit le dossier", "Els volgt het dossier op"
    r"\bsui(t|vra)\b[^.\n]{0,30}\bdossier\b",
    r"\bs.occupe(ra)? (d[ée]sormais )?(du|de notre) (dossier|projet)\b",
    # the words for a contact alone describe projects too ("een aanspreekpunt per straat"): a change needs its
    # own word ("nieuw aanspreekpunt", "is now the contact person")
    r"\bvolg(t|en)\b[^.\n]{0,40}\bop\b", r"\b(nieuwe?|ander)\s+aanspreekpunt\b",
    r"\baanspreekpunt\s+(is|wordt)\s+(nu|voortaan)\b", r"\bcontactpersoon (is|wordt)\b",
    r"\b(new|other|another) (point of contact|contact person)\b",
    r"\b(is|will be) (now )?(the|our) (point of contact|contact person)\b",
    r"\bwill (be )?(handle|follow|the contact)", r"\b(now|will be) in charge of\b",
    # a new address to write to
    r"\bnieuw\w* (e-?mail)?adres\b", r"\bnouvelle adresse\b", r"\bnew (e-?mail )?address\b",
    r"\b(gebruik|utilisez|use)\b[^.\n]{0,40}@",
    # a corrected phone number or address, said in words rather than under a label
    r"\b(wrong|correct|right|new) (phone |mobile |telephone )?number\b",
    r"\b(verkeerde?|juiste|correcte|nieuwe?) (gsm-?|telefoon)?nummer\b",
    r"\b(mauvais|bon|nouveau) num[ée]ro\b", r"\bnum[ée]ro (correct|exact)\b",
)


def _amount(text: str) -> str | None:
    amount = parse_amount(text)
    return None if amount is None else format_amount(amount)


# each way of saying a change: the pattern, its group with the new amount, its group with the old one (0: none)
_CHANGE_PATTERNS = ((_FROM_TO, 2, 1), (_INSTEAD, 1, 2), (_NOT, 1, 2), (_MUST_READ, 2, 1), (_NOW, 1, 0))


def stated_changes(text: str, on_file: Mapping[str, str] | None = None) -> dict[str, str]:
    """The values a reply says it changes, read from the sentence that says so ("nu 8.750 euro i.p.v. 9.500").

    The parsers read the first amount of a sentence; a change names the old one too, which they may take.
    ``on_file``: the amounts on file by name ({"requested_amount": "9500.00"}). A change whose old amount is
    one of them is that amount's, wherever it stands ("de container is 300 euro, niet 250. En we vragen 8.000
    euro, niet 9.500"); "N, niet M" is a change only then (a review found a house number, a cost line, the
    call's maximum and the own share corrected so)."""
    stated = corrections(text, on_file or {})
    if not stated:
        for pattern, new_group, _ in _CHANGE_PATTERNS:
            match = pattern.search(text) if pattern is not _NOT else None
            if match and (value := _amount(match.group(new_group))):
                before = text[max(0, match.start() - 60):match.start()]
                stated.setdefault("total_budget" if _TOTAL_NEAR.search(before) else "requested_amount", value)
    for name, value in renamed(text):
        if name:
            stated.setdefault(name, value)
    return stated


def corrections(text: str, on_file: Mapping[str, str]) -> dict[str, str]:
    """The amounts ``text`` says change from one ``on_file`` names (by name, {"requested_amount": "9500.00"}):
    "8.750 euro i.p.v. 9.500", "van 9.800 naar 9.200", "10 000 €, mais il faut lire 9 000 €". Only a change
    naming the old amount: the first of each name."""
    stated: dict[str, str] = {}
    named_by_amount = {amount: name for name, amount in on_file.items() if amount}
    found = sorted(((match.start(), new, old) for pattern, new_group, old_group in _CHANGE_PATTERNS
                    for match in pattern.finditer(text) if old_group
                    and (new := _amount(match.group(new_group)))
                    and (old := _amount(match.group(old_group))) in named_by_amount))
    for _, new, old in found:
        stated.setdefault(named_by_amount[old], new)
    return stated


def renamed(text: str) -> list[tuple[str | None, str]]:
    """Each name the text says changes, with what it names (organisation, project_title, or None: unsure)."""
    found: list[tuple[str | None, str]] = []
    for match in _RENAMED.finditer(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()), match.start() - 100)
        said = text[start + 1:match.start() + len(match.group(0)) - len(match.group(1)) - 1]
        nouns = [(noun.end(), "organisation") for noun in _ORGANISATION_NOUN.finditer(said)]
        nouns += [(noun.end(), "project_title") for noun in _TITLE_NOUN.finditer(said)]
        # the nearest noun before the new name says what it names ("de organisatie is nu 'X'. En de titel wordt 'Y'")
        found.append((max(nouns)[1] if nouns else None, match.group(1).strip()))
    return found


_ENGLISH_WORDS = frozenset(re.findall(r"\S+", (
    "the and of to our is are for with would like hello dear regards thanks thank please this that have has from "
    "your kind best we i you it be will can about")))
_DUTCH_OR_FRENCH = frozenset(re.findall(r"\S+", (
    "het een en van ik wij ons onze zijn voor met op aan te dat die niet ook bij naar graag groeten beste "
    "le la les un une et des du je nous notre est sont pour avec sur dans que qui pas bonjour cordialement vous")))


_DUTCH = frozenset(re.findall(r"\S+", (
    "het een en van ik wij we ons onze is zijn voor met op aan te in dat die niet ook om bij naar graag groeten "
    "beste dag maar geen nog jullie kunnen kan hoe wat idee buurt dorp vraag bedankt interesse")))
_FRENCH = frozenset(re.findall(r"\S+", (
    "le la les un une et des du je nous notre est sont pour avec sur au dans que qui pas bonjour cordialement "
    "vous mais encore pouvez merci quartier village question avons sommes")))


def short_text_language(text: str) -> str | None:
    """nl or fr for a few lines the parsers find too short to tell (a question, an out-of-office)."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower()[:5000])
    dutch = sum(1 for word in words if word in _DUTCH)
    french = sum(1 for word in words if word in _FRENCH)
    if dutch == french:
        return None
    return "nl" if dutch > french else "fr"


def looks_english(text: str) -> bool:
    """English rather than Dutch or French, by common words (the parsers tell only nl from fr)."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower()[:5000])
    english = sum(1 for word in words if word in _ENGLISH_WORDS)
    other = sum(1 for word in words if word in _DUTCH_OR_FRENCH)
    return english >= 5 and english > 2 * other


# a question: up to its mark, from the sentence's start (a dot between digits, "8.000", ends none)
_QUESTION = re.compile(r"(?:[^.!?\n…]|(?<=\d)\.(?=\d))*\?")
# an open question standing alone on its line, as a heading above its answer ("Wat willen we doen?", "2. Quel est
# votre projet ?", "**Budget ?**"): the call's own form asks such questions, and applicants write them over their
# answers in a mail
_HEADING = re.compile(
    r"^[\s*_#>\-•]*(?:\d{1,2}\s*[.)]\s*)?(?:(?:wat|wie|waarom|hoe|hoeveel|wanneer|waar|welke?|voor wie|met wie|"
    r"que|qu.est-ce|quoi|qui|pourquoi|comment|combien|quand|o[uù]|quel(?:le)?s?|pour qui|avec qui|"
    r"what|who|why|how|when|where|which)\b[^?\n]{0,70}|[^\W\d][\w'’-]*(?: [\w'’-]+)?)\s?\?[\s*_:]*$",
    re.IGNORECASE)
_CLOSING = re.compile(r"^\s*(?:met )?(?:vriendelijke |hartelijke |beste )?groet|^\s*(?:bien )?cordialement|"
                      r"^\s*(?:merci|dank|bedankt|regards|best|kind regards|salutations|bien [àa] vous)\b",
                      re.IGNORECASE)


# what a heading never asks: leave ("mag", "peut-on") or the call's course ("wanneer horen we of we geselecteerd
# zijn?", "qui doit participer aux sessions ?"): those are put to the coordinator, reasons under them or not
_ASKS_THE_COORDINATOR = re.compile(
    r"(?i)\b(?:mag|mogen|moet|moeten|kan|kunnen|kunt|zou|zouden|peu[tx]|peuvent|pouvons|pouvez|doi[st]|doivent|"
    r"faut|may|can|must|should|geselecteerd|selectie|beslissing|sessies?|begeleiding\w*|antwoord|horen|"
    r"s[ée]lection\w*|retenus?|sessions?|accompagnement|r[ée]ponse|saurons|selected|decision|hear)\b")
# a line that announces questions ("Ik heb nog twee vragen:", "Quelques questions :"): what follows is asked
_ANNOUNCES_QUESTIONS = re.compile(r"(?i)\b(?:vra(?:ag|gen|agjes?)|questions?|dingen|dingetjes|choses|points?|"
                                  r"things)\b[^.?!\n]{0,30}[:.]?\s*$")


def _headings(lines: list[str]) -> set[int]:
    """The lines that are headings over an answer: a short question alone on its line, the next written line
    an answer (no question, no greeting). One such line may be a real question followed by its reasons ("Mogen
    we ook materiaal kopen?" over "We denken aan verf"), so only two or more make a structure of headings; a
    bare word with a question mark ("Budget ?") is a heading only among them too. A review found real
    questions with a reason under each taken for headings: a question for leave or about the call's course,
    or one under a line that announces questions, is never one."""
    found = set()
    for index, line in enumerate(lines):
        if not _HEADING.match(line) or len(re.findall(r"\w+", line)) > 7 or _ASKS_THE_COORDINATOR.search(line):
            continue
        if any(_ANNOUNCES_QUESTIONS.search(before) for before in lines[:index]):
            break
        after = next((other for other in lines[index + 1:] if other.strip()), "")
        if after and "?" not in after and not _CLOSING.match(after):
            found.add(index)
    return found if len(found) >= 2 else set()


def without_headings(text: str) -> str:
    lines = text.replace("\r", "").split("\n")
    headings = _headings(lines)
    return "\n".join(line for index, line in enumerate(lines) if index not in headings)


def questions(text: str, limit: int = 3) -> tuple[str, ...]:
    """The questions a person asks in their own words (lines quoted with ``>`` are someone else's), as written.

    Headings over answers ("Wat willen we doen?" over the plan) ask the coordinator nothing (``_headings``)."""
    lines = [line for line in text.replace("\r", "").splitlines() if not line.lstrip().startswith(">")]
    own = without_urls(without_headings("\n".join(lines)))  # a link's "?usp=sharing" asks nothing
    asked = []
    for match in _QUESTION.finditer(own):
        sentence = re.sub(r"\s+", " ", match.group(0)).strip(" -*•")
        if len(re.findall(r"\w+", sentence)) >= 2 and sentence not in asked:
            asked.append(sentence[:300])
    return tuple(asked[:limit])


# a clause that asks: it opens with a question word or a verb put first ("mag een vereniging indienen",
# "pouvons-nous organiser", "can a school apply")
_ASKING = re.compile(
    r"^\s*(?:(?:en|et|and|of|ou|or|maar|mais|but)\s+)?(?:mag|mogen|kan|kun|kunt|kunnen|moet|moeten|zou|zouden|"
    r"wat|wie|waarom|hoe|wanneer|waar|welke?|peu[tx]|peuvent|pouvons|pouvez|puis|faut|est-ce|doi[st]|doivent|que|"
    r"qui|quel\w*|comment|pourquoi|quand|o[uù]|may|can|could|should|do|does|what|who|how|when|which)\b",
    re.IGNORECASE)


def told(text: str) -> str:
    """The text less what it asks: in a sentence that ends in a question mark, its asking clauses ("..., kan je
    eens langskomen?") are left out and what it states before them kept ("we willen graag meedoen met ons idee,
    kan je eens langskomen?" tells a plan; "mag een KWB-afdeling indienen?" tells none)."""
    kept = []
    for sentence in re.split(r"(?<=[.!?…\n])", text):
        if "?" not in sentence:
            kept.append(sentence)
            continue
        kept.extend(clause for clause in re.split(r"(?<=[,;:])", sentence)
                    if "?" not in clause and not _ASKING.match(clause))
    return "".join(kept)


def quoted(asked: tuple[str, ...]) -> str:
    return " / ".join(f"«{question}»" for question in asked)


def first_words(text: str, limit: int = 400) -> str:
    return text.strip()[:limit]


def _normal(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip().casefold()


def differences(values: Mapping[str, Any], on_file: Mapping[str, Any],
                sources: Mapping[str, str] | None = None) -> tuple[Change, ...]:
    """The changeable values this message states differently from the file (a value new to the file is none)."""
    changes = []
    for name in CHANGEABLE:
        new, old = values.get(name), on_file.get(name)
        if name in NEEDS_A_LABEL and (sources or {}).get(name, "body") == "body":
            continue
        if new in (None, "", []) or old in (None, "", []):
            continue
        if _normal(new) != _normal(old):
            changes.append(Change(name, old, new))
    return tuple(changes)


def judge(facts: MailFacts, on_file: OnFile | None = None) -> Judgement:
    """What the mail is, why, and how sure; the first rule that holds wins (see the module docstring)."""
    if SENDER in facts.sources.values():
        # From's name stands on every mail the sender writes: it says nothing of what this one is (no sign
        # of an application, no change to a file)
        facts = replace(facts, values={name: value for name, value in facts.values.items()
                                       if facts.sources.get(name) != SENDER},
                        sources={name: source for name, source in facts.sources.items() if source != SENDER})
    if on_file is not None and QUOTED in facts.sources.values():
        # a reply quoting the applicant's own earlier mail: what the quote says is what was said then, not
        # news (an old amount quoted under a correction is no change, and no sign of a second idea)
        facts = replace(facts, values={name: value for name, value in facts.values.items()
                                       if facts.sources.get(name) != QUOTED},
                        sources={name: source for name, source in facts.sources.items() if source != QUOTED})
    opening = f"{facts.subject}\n{first_words(facts.text)}"
    words = f"{facts.subject}\n{facts.text}"
    # a description read from the prose by its words (parsers/description.py) is a guess at which paragraph it
    # is, not a sign that the mail holds an idea: thanks, a promise to send it later, a phishing notice read so
    # too; the plan's own words are judged below (``_PROJECT_PLAN``)
    concrete = sum(1 for name in CONCRETE if facts.values.get(name) not in (None, "", [])
                   and not (name == "summary" and facts.sources.get(name) == BODY)) + int(facts.form_attached)
    if not concrete:
        # what the parsers cannot read yet still shows an idea: English labels, an amount in euro in the text
        concrete = min(2, len(_ENGLISH_LABELS.findall(facts.text.replace("\r", ""))))
        concrete += int(bool(_AMOUNT_IN_TEXT.search(facts.text)) and concrete < 2)

    out_of_office = _OUT_OF_OFFICE.search(opening)
    if out_of_office and concrete == 0:
        return Judgement(Intent.AUTO_REPLY, f"an out-of-office reply without its headers ({out_of_office.group(0)!r})",
                         0.9 if len(facts.text) < 1500 else 0.7)
    withdrawal = _WITHDRAWAL.search(words)
    if withdrawal and on_file is not None:
        return Judgement(Intent.WITHDRAWAL, f"the applicant withdraws ({withdrawal.group(0).strip()!r})", 0.7)

    if on_file is not None:
        judgement = _judge_linked(facts, on_file, words, concrete)
        acts: tuple[Intent, ...] = (Intent.CHANGED_VALUES, Intent.NEW_IDEA, Intent.WITHDRAWAL)
        if on_file.linked_by == "resent":
            # the applicant's own mail forwarded again from another address under the same name: joining it is
            # safe, what it would change, split, withdraw or ask is asked
            if judgement.kind in (*acts, Intent.INQUIRY):
                return _asked(judgement, f"sent again from another address than {on_file.reference}'s")
        elif on_file.linked_by == "contact":
            # someone else forwarding the applicant's mail (a neighbour's objection, a treasurer taking over, a
            # group that wants to join in): their words are not the applicant's, whatever they say
            return _asked(judgement, f"a forward of {on_file.reference}'s applicant's mail by someone else")
        elif facts.in_copy and judgement.kind in acts:
            # a proposal to the committee with the mailbox in Cc ("mijn voorstel: 8.000 euro, gaan jullie akkoord?")
            return _asked(judgement, "but written to others, the mailbox only in copy")
        return judgement
    judgement = _judge_new(facts, words, concrete, withdrawal)
    if judgement.kind in (Intent.APPLICATION, Intent.INQUIRY):
        # written to others with the mailbox in copy (a town hall's "pour info" to its associations, a press
        # release to newsrooms), or to its sender with everyone in Bcc: a receipt or the brainstorm offer would
        # answer a mailing. To one person with the mailbox in Cc is most often the applicant writing to the
        # coordinator the call names: answered
        if facts.in_copy and facts.to_others >= 2:
            return _asked(judgement, "but written to others, the mailbox only in copy")
        if facts.to_self:
            return _asked(judgement, "but written to its own sender, the mailbox in Bcc: a mailing")
    if facts.to_others >= 2 and judgement.kind == Intent.INQUIRY:
        # a question put to several at once ("ter info" to the associations, the mailbox among them)
        return _asked(judgement, f"but written to {facts.to_others} others too")
    return judgement


def _asked(judgement: Judgement, why: str) -> Judgement:
    if judgement.confidence < REVIEW_THRESHOLD:
        return judgement
    return replace(judgement, reason=f"{judgement.reason}; {why}", confidence=min(judgement.confidence, 0.6))


def _judge_new(facts: MailFacts, words: str, concrete: int, withdrawal: re.Match[str] | None) -> Judgement:
    """A mail that joins no application on file: a new idea, a question, or something else."""
    if withdrawal:
        return Judgement(Intent.WITHDRAWAL, f"a withdrawal ({withdrawal.group(0).strip()!r}) for no application "
                         "on file", 0.5)
    spam = _SPAM.search(words)
    if spam and concrete <= 1 and not facts.form_attached:
        return Judgement(Intent.OUT_OF_SCOPE, f"an unsolicited offer or phishing ({spam.group(0)!r})", 0.9)
    out_of_scope = _OUT_OF_SCOPE.search(words)
    call_words = _CALL_WORDS.search(words)
    asking = f"{facts.subject}\n{without_headings(facts.text)}"  # headings over answers ask nothing
    inquiry = _INQUIRY.search(asking)
    if out_of_scope and not call_words and concrete <= 1 and not facts.form_attached:
        # a question among the invoice's words: signals that disagree are for a person
        return Judgement(Intent.OUT_OF_SCOPE, f"not about the call ({out_of_scope.group(0)!r})",
                         0.6 if inquiry and "?" in facts.text else 0.9)
    no_idea_yet = _NO_IDEA_YET.search(words)
    plan = _PROJECT_PLAN.search(words)
    # the plan's words outside what it asks ("mag een KWB-afdeling indienen?" tells no plan)
    plan_told = _PROJECT_PLAN.search(told(asking))
    idea_told = not no_idea_yet and (concrete or plan_told)
    undecided = _UNDECIDED.search(words) or (_NOT_YET_APPLYING.search(words) if idea_told else None)
    if undecided and not facts.form_attached and (inquiry or "?" in facts.text):
        return Judgement(Intent.INQUIRY, f"tells an idea but has not decided to apply ({undecided.group(0)!r}): it "
                         "asks first", 0.6)
    spread = _SPREAD_THE_WORD.search(words)
    if spread and not facts.form_attached:
        return Judgement(Intent.OUT_OF_SCOPE, f"asks to spread something in one's network ({spread.group(0)!r}): "
                         "another programme's call or news?", 0.6)
    wrong_door = _WRONG_DOOR.search(words)
    if wrong_door:
        return Judgement(Intent.APPLICATION, f"asks to be passed on ({wrong_door.group(0)!r}): perhaps meant for "
                         "another programme", 0.6)
    business = _OUT_OF_SCOPE.search(facts.subject) or _BILL.search(words) or _SALES.search(words)
    # an invoice or a meeting that names the call (the flyers' printer): its amount is no requested amount,
    # and a receipt to it is the worst answer; what looks like an idea too is for a person
    if business and not (plan and facts.values.get("project_title")) and (concrete or plan or call_words):
        return Judgement(Intent.APPLICATION, f"has values of an idea, but reads like {business.group(0)!r}: "
                         "a bill or a meeting that names the call?", 0.6)
    if concrete >= 2 or (concrete and facts.form_attached):
        return Judgement(Intent.APPLICATION, f"a project idea with {concrete} of its values", 0.95)
    if no_idea_yet and not facts.values.get("project_title"):
        return Judgement(Intent.INQUIRY, f"interest without a concrete idea ({no_idea_yet.group(0)!r})", 0.95)
    if plan and inquiry and not plan_told:
        # the plan's words stand only in what it asks ("mag een KWB-afdeling indienen?"): asking whether it may be
        # one; an idea or a question, for a person (taken as no plan at all, it sent an application the
        # brainstorm offer)
        return Judgement(Intent.INQUIRY, f"says {plan.group(0)!r} only in a question", 0.6)
    if concrete == 1:
        if inquiry and not plan:
            return Judgement(Intent.INQUIRY, f"a question ({inquiry.group(0)!r}) with one value of an idea", 0.6)
        # one value and a subject that names an idea ("Projectidee Zoutenaaie: buurtbus") is as sure as a plan
        named = _CALL_WORDS.search(facts.subject) if _AMOUNT_IN_TEXT.search(facts.text) or any(
            facts.values.get(name) for name in ("requested_amount", "total_budget", "project_title")) else None
        return Judgement(Intent.APPLICATION, "a project idea with one of its values"
                         + (f", the subject says {named.group(0)!r}" if named and not plan else ""),
                         0.85 if plan or named else 0.7)
    if inquiry and not plan:
        return Judgement(Intent.INQUIRY, f"a question about the call ({inquiry.group(0)!r}), no idea described", 0.85)
    if facts.attachment_count and not out_of_scope:
        # a document we could not read, sent to the call's mailbox: most likely the form, when the mail says so
        return Judgement(Intent.APPLICATION, "a document attached that gave no values (unreadable?)",
                         0.8 if call_words else 0.7)
    if 0 < facts.shared_links < MAX_LINKS and not out_of_scope:
        # the files are behind a link (parsers/shared_links.py): sure enough only when the mail says they are an
        # application ("ons dossier", "notre candidature"); press photos or the call text on a Drive are asked
        said = _SENDS_AN_APPLICATION.search(words)
        return Judgement(Intent.APPLICATION, "its files are behind a link (WeTransfer, Drive...), no values in the "
                         "mail itself" + (f", and it says {said.group(0)!r}" if said else ""), 0.8 if said else 0.7)
    if plan:
        if inquiry:
            return Judgement(Intent.APPLICATION, "describes a plan but asks a question too, no values", 0.6)
        return Judgement(Intent.APPLICATION, f"describes a plan ({plan.group(0)!r}) without its values", 0.75)
    if out_of_scope:
        return Judgement(Intent.OUT_OF_SCOPE, f"looks unrelated ({out_of_scope.group(0)!r})", 0.6)
    if not call_words:
        return Judgement(Intent.OUT_OF_SCOPE, "says nothing about a project or the call", 0.6)
    return Judgement(Intent.APPLICATION, "mentions the call, but no values of an idea", 0.5)


def _judge_linked(facts: MailFacts, on_file: OnFile, words: str, concrete: int) -> Judgement:
    not_a_reply = on_file.linked_by in NOT_A_REPLY
    unrelated = _SPAM.search(words) or (_OUT_OF_SCOPE.search(facts.subject) if not_a_reply else None)
    if unrelated and concrete == 0 and not_a_reply:
        return Judgement(Intent.OUT_OF_SCOPE, f"from an applicant, but not about the project "
                         f"({unrelated.group(0)!r})", 0.6)
    new_idea = _NEW_IDEA.search(words)
    stated = stated_changes(facts.text, {name: str(on_file.values[name]) for name in ("requested_amount",
                                                                                   "total_budget")
                                         if on_file.values.get(name)})
    values = {**facts.values, **stated}
    sources = {**facts.sources, **dict.fromkeys(stated, "label")}
    changes = differences(values, on_file.values, sources)
    # a value the mail says it changes is a change even where the file had none (a title read only from the receipt)
    changes += tuple(Change(name, None, value) for name, value in stated.items()
                     if on_file.values.get(name) in (None, "", []))
    title_changed = any(change.name == "project_title" for change in changes)
    if new_idea:
        if title_changed or (facts.values.get("project_title") and not on_file.values.get("project_title")):
            return Judgement(Intent.NEW_IDEA, f"says it is another idea ({new_idea.group(0)!r}) under another title",
                             0.9)
        return Judgement(Intent.NEW_IDEA, f"says it is another idea ({new_idea.group(0)!r})", 0.75)
    if title_changed and not_a_reply:
        # the same person, not a reply, another title: a second idea as likely as a renamed one
        return Judgement(Intent.NEW_IDEA, "the same sender, not a reply, another project title", 0.6, changes)
    if changes:
        said = _CHANGE.search(words)
        named = ", ".join(change.name for change in changes)
        if stated and all(change.name in stated for change in changes):
            # "kunnen we nog wijzigen naar 8.000 euro?", "als de gemeente de aarde levert, vragen we nog maar
            # 8.000": asked or on a condition, no change yet. A question beside the change ("Moeten we een nieuw
            # formulier invullen?") leaves it stated: the worker applies it and lists the question
            news = {re.sub(r"\D", "", str(change.new)).rstrip("0") for change in changes if change.new}
            if asked := tuple(question for question in questions(facts.text)
                              if any(new and new in re.sub(r"\D", "", question) for new in news)):
                return Judgement(Intent.CHANGED_VALUES, f"says it changes {named}, but asks {quoted(asked)}", 0.6,
                                 changes)
            if condition := _CONDITION.search(facts.text):
                return Judgement(Intent.CHANGED_VALUES, f"says it changes {named}, but on a condition "
                                 f"({condition.group(0).strip()!r})", 0.6, changes)
            return Judgement(Intent.CHANGED_VALUES, f"says it changes {named}", 0.9, changes)
        # a mail that is no reply, from a known sender, with other values: a second idea as likely as a change
        if said and len(changes) <= 2 and not not_a_reply:
            return Judgement(Intent.CHANGED_VALUES, f"states another {named} than on file ({said.group(0)!r})", 0.85,
                             changes)
        return Judgement(Intent.CHANGED_VALUES, f"states another {named} than on file, without saying it changed",
                         0.6, changes)
    unsure_name = next((value for name, value in renamed(facts.text) if name is None), None)
    if unsure_name:
        return Judgement(Intent.CHANGED_VALUES, f"says a name becomes «{unsure_name}», but not whether the project's "
                         "or the organisation's", 0.6)
    other_contact = [name for name in ("contact_name", "email", "phone") if facts.values.get(name)
                     and on_file.values.get(name) and _normal(facts.values[name]) != _normal(on_file.values[name])]
    said = _CHANGE.search(words)
    if "phone" in other_contact and not said:
        # another phone number than on file, in a reply: a correction or a colleague's signature, a person reads it
        return Judgement(Intent.CHANGED_VALUES, f"names the phone {facts.values['phone']}, not the "
                         f"{on_file.values['phone']} on file", 0.6)
    if other_contact and said:
        # a contact in the text that is not the one on file, and a word of change: a new contact, or a signature
        return Judgement(Intent.CHANGED_VALUES, f"names another {', '.join(other_contact)} than on file and says "
                         f"{said.group(0)!r}: a new contact or a colleague's signature, for a person to read", 0.6)
    named_amounts = {_amount(match.group(0)) for match in _AMOUNT_IN_TEXT.finditer(facts.text)} - {None}
    on_file_amount = on_file.values.get("requested_amount")
    if named_amounts and on_file_amount and on_file_amount not in named_amounts and "requested_amount" not in values:
        # an amount the parsers did not take as the requested one: it may be a new one; a person reads it
        guess = (Change("requested_amount", on_file_amount, next(iter(named_amounts))),) if len(named_amounts) == 1 \
            else ()
        return Judgement(Intent.CHANGED_VALUES, f"names {', '.join(sorted(str(a) for a in named_amounts))} euro, "
                         f"not the {on_file_amount} on file", 0.6, guess)
    contact = _CONTACT_CHANGE.search(words)
    if contact:
        return Judgement(Intent.CHANGED_VALUES, f"says the contact changes ({contact.group(0)!r}); which values is "
                         "for a person to read", 0.6)
    asked = questions(facts.text)
    if asked:
        # a question about one's own file: it joins the file, and the coordinator answers it (a receipt would
        # only repeat what the applicant asks about)
        return Judgement(Intent.INQUIRY, f"the applicant asks: {quoted(asked)}", 0.85)
    sure = 0.95 if on_file.linked_by in ("reference", "thread") else 0.85
    return Judgement(Intent.FOLLOW_UP, f"more for {on_file.reference} (found by {on_file.linked_by})", sure)
