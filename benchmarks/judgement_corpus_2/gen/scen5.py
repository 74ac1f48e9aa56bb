from lib import M, D, COORD
from scen1 import QR, RS, S

def nieuwkapelle():
    f = "Peter van Dijk <peter.vandijk@polder-mail.example.net>"
    return [
        M(D("2019-05-12 16:20"), f, "Project idea Nieuwkapelle",
          "Good afternoon,\n\nI am Dutch and live in Nieuwkapelle for two years, so excuse my English is easier than my Flemish writing. "
          "With the village committee we want to make a small ontmoetingsplek at the old tram station: benches, a shelter and an "
          "info board about the history. We ask 4.600 euro. Organisation: Dorpscomité Nieuwkapelle.\n\nRegards,\nPeter van Dijk\n+32 488 12 70 93",
          "application", "en", "a", title="Project idea Nieuwkapelle"),
        M(D("2019-05-12 16:21"), "Peter van Dijk <peter.vandijk@polder-mail.example.net>", "Afwezig: " + RS("nl", pre=""),
          "Ik ben afwezig tot 20 mei. / I am away until 20 May.", "auto_reply", "nl", "a", irt="rcpt:a",
          hdr={"Precedence": "auto_reply"}, note="auto-reply with only a Precedence header"),
        M(D("2019-05-22 08:10"), f, RS("nl"),
          "Hello, small change: our project title is now 'Tramstation Nieuwkapelle: meeting point'. Rest the same.\nPeter" + QR("nl"),
          "changed_values", "en", "a", irt="rcpt:a", changed={"project_title": "Tramstation Nieuwkapelle: meeting point"},
          note="new title, written in English by a Dutch speaker"),
    ]
S["nieuwkapelle"] = nieuwkapelle

def winnezeele():
    f = "Agnès Delporte <agnes.delporte@winnezeele.example.com>"
    return [
        M(D("2019-06-02 19:50"), f, "projet winnezeele",
          "bonsoir\nnous voudrions organiser des repas partagés mensuels à la salle polyvalente de Winnezeele pour les personnes "
          "seules, avec transport par des bénévoles. il nous faudrait 2 500 euros environ\nagnès delporte, club des aînés",
          "application", "fr", "a", title="projet winnezeele", note="no capitals, no greeting form"),
        M(D("2019-06-09 10:40"), f, "Re: projet winnezeele",
          "bonjour, avez vous bien reçu mon message ? je ne vois pas de réponse. merci\nagnès\n\n> nous voudrions organiser des repas partagés",
          "follow_up", "fr", "a", irt="prev", note="'did you receive?' quoting her own mail"),
    ]
S["winnezeele"] = winnezeele

def inq_costs():
    return [M(D("2019-05-06 09:30"), "Bewonersplatform Beauvoorde <platform.beauvoorde@mail.example.org>", "Vraag over kosten",
        "Beste,\n\nMogen we met de steun ook een landschapsarchitect betalen voor een plan van het dorpsplein, of enkel materiaal? "
        "En mag er een eigen inbreng in vrijwilligersuren in de begroting? We hebben nog geen project ingediend.\n\nDirk Desmet",
        "inquiry", "nl", None, note="question on eligible costs, explicitly no project yet")]
S["inq_costs"] = inq_costs

def oos_fr_news():
    return [M(D("2019-05-02 07:00"), "Lettre d'info Flandre Intérieure <lettre@flandre-interieure.example.org>", "La lettre de mai : fêtes, marchés, patrimoine",
        "La lettre de mai\n\n- Les géants sortent à Cassel\n- Marché aux puces de Bailleul\n- Journées du patrimoine : appel aux bénévoles\n\n"
        "Se désabonner : https://flandre-interieure.example.org/desinscription", "out_of_scope", "fr", None,
        hdr={"List-Id": "<lettre.flandre-interieure.example.org>", "Precedence": "list"}, note="French newsletter")]
S["oos_fr_news"] = oos_fr_news
