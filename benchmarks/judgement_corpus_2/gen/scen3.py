from lib import M, D, COORD
from scen1 import QR, RS, S

def bnc(rcpt, status, diag, mta):
    return {"rcpt": rcpt, "status": status, "diag": diag, "mta": mta,
            "receipt_mid": "{RMID:a}", "receipt_subj": "{RSUBJ:a}", "receipt_date": "{RDATEH:a}"}

BTXT = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n<%s>: %s")

# ---------------------------------------------------------------- Godewaersvelde: bounce, did you get it, new e-mail
def godewaersvelde():
    old = "Helen Parry <helen.parry@oldmail.example.net>"
    new = "Helen Parry <h.parry@newhome.example.com>"
    rc = "helen.parry@oldmail.example.net"
    return [
        M(D("2019-05-10 09:33"), old, "Village picnic tables - Godewaersvelde",
          "Dear coordinator,\n\nOn behalf of the 'Godewaersvelde Welcome Group' (English-speaking and French residents) I'd like "
          "to submit our idea: picnic tables, a notice board and a quarterly village brunch at the foot of the Mont des Cats path, "
          "so that newcomers and old residents meet. We ask 3,200 euros, total cost 4,000.\n\nBest wishes,\nHelen Parry\n+33 6 45 90 12 38",
          "application", "en", "a", title="Village picnic tables - Godewaersvelde"),
        M(D("2019-05-10 09:36"), "Mail Delivery System <MAILER-DAEMON@mx.partons.example.org>", "Undelivered Mail Returned to Sender",
          BTXT % ("mx.partons.example.org", rc, "host mx.oldmail.example.net said: 550 5.1.1 user unknown"),
          "bounce", "en", "a", to="coordinator@partons.example.org",
          bounce=bnc(rc, "5.1.1", "550 5.1.1 <%s>: user unknown" % rc, "mx.partons.example.org"),
          note="receipt bounced: the sender's old address no longer accepts mail"),
        M(D("2019-05-20 20:14"), new, "Did you get our application? (Godewaersvelde)",
          "Hello,\n\nI sent our picnic tables idea on 10 May from my old address and never got an answer - I think that mailbox is "
          "closed now, sorry! Did it arrive?\n\nHelen Parry", "follow_up", "en", "a", note="'did you get it?' from a new address"),
        M(D("2019-05-21 08:05"), new, "RE: Did you get our application? (Godewaersvelde)",
          "Thanks for checking. Yes, please use h.parry@newhome.example.com for everything from now on, the old one is gone.\n\nHelen\n\n"
          "> We found your mail of 10 May ({REF:a}), but our confirmation bounced.", "changed_values", "en", "a", irt="ans",
          changed={"email": "h.parry@newhome.example.com"}, note="new e-mail address replaces the bounced one"),
    ]
S["godewaersvelde"] = godewaersvelde

def quaedypre():
    f = "Les Voisins de Quaëdypre <voisins.quaedypre@asso.example.org>"
    rc = "m.devos@wanadoo-mail.example.com"
    return [
        M(D("2019-05-24 18:40"), f, "Projet Quaëdypre : circuit des chapelles",
          "Bonjour,\n\nNotre association souhaite restaurer le petit patrimoine (chapelles et calvaires) avec les habitants et créer "
          "un circuit de promenade avec panneaux bilingues. Demande : 8 500 € pour un budget total de 12 000 €.\nMerci de répondre à "
          "notre secrétaire, Michel Devos.\n\nLes Voisins de Quaëdypre", "application", "fr", "a",
          title="Circuit des chapelles et calvaires", reply_to="Michel Devos <%s>" % rc,
          note="Reply-To points to the secretary; the receipt to that address bounces"),
        M(D("2019-05-24 18:42"), "MAILER-DAEMON@mx.partons.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
          BTXT % ("mx.partons.example.org", rc, "host smtp.wanadoo-mail.example.com said: 552 5.2.2 mailbox full"),
          "bounce", "en", "a", to="coordinator@partons.example.org",
          bounce=bnc(rc, "5.2.2", "552 5.2.2 Mailbox full", "mx.partons.example.org"), note="receipt bounced (mailbox full)"),
        M(D("2019-06-02 10:21"), f, "RE: Projet Quaëdypre : circuit des chapelles",
          "Bonjour,\n\nMichel nous dit qu'il n'a rien reçu, sa boîte était pleine. Pouvez-vous renvoyer l'accusé de réception à "
          "cette adresse-ci ? Merci.\n\nLes Voisins de Quaëdypre\n\n> Notre association souhaite restaurer le petit patrimoine",
          "follow_up", "fr", "a", irt="prev", note="asks to resend the receipt; follow-up"),
    ]
S["quaedypre"] = quaedypre

def woesten():
    f = "Natuurpunt-werkgroep Woesten <werkgroep.woesten@mail.example.org>"
    rc = "werkgroep.woesten@mail.example.org"
    return [
        M(D("2019-06-11 21:00"), f, "Projectidee trage wegen Woesten",
          "Beste,\n\nWe willen met het dorp de trage wegen rond Woesten opnieuw openmaken en bewegwijzeren, met een wandeldag als "
          "start. We vragen 4.000 euro.\n\nGroeten,\nHannelore Vandecasteele", "application", "nl", "a",
          title="Trage wegen Woesten"),
        M(D("2019-06-11 21:03"), "Mail Delivery Subsystem <mailer-daemon@mx.partons.example.org>", "Delivery Status Notification (Failure)",
          BTXT % ("mx.partons.example.org", rc, "452 4.2.2 The email account that you tried to reach is over quota; giving up"),
          "bounce", "en", "a", to="coordinator@partons.example.org",
          bounce=bnc(rc, "5.2.2", "452-4.2.2 over quota", "mx.partons.example.org"), note="receipt bounced, over quota"),
    ]
S["woesten"] = woesten

# ---------------------------------------------------------------- auto-replies
def vlamertinge():
    f = "Sofie Lambrecht <sofie.lambrecht@vlamertinge-buurt.example.net>"
    return [
        M(D("2019-05-16 12:15"), f, "Buurtfeest + enquête Vlamertinge",
          "Hallo,\n\nwij (bewonersgroep Vlamertinge-Zuid) willen eerst met een enquête peilen wat de buurt nodig heeft en dan een "
          "buurtfeest organiseren om de resultaten voor te stellen. Vraag: 3.000 euro.\n\nSofie Lambrecht\nbewonersgroep Vlamertinge-Zuid",
          "application", "nl", "a", title="Buurtfeest + enquête Vlamertinge"),
        M(D("2019-05-16 12:16"), f, RS("nl"),
          "Beste,\n\nIk ben met verlof tot en met 27 mei en lees mijn mails niet. Voor dringende zaken kan u terecht bij Jan "
          "(jan.devos@vlamertinge-buurt.example.net).\n\nSofie", "auto_reply", "nl", "a", irt="rcpt:a",
          note="out-of-office with no auto-reply headers, subject is a plain Re:"),
        M(D("2019-05-28 09:40"), f, RS("nl"),
          "Terug van verlof, dank voor de bevestiging! Ik bezorg volgende week nog de resultaten van onze eerste bevraging.\n\nSofie" + QR("nl"),
          "follow_up", "nl", "a", irt="rcpt:a", note="thank-you after the holiday"),
    ]
S["vlamertinge"] = vlamertinge

def oostduinkerke():
    f = "Emma Jansen <emma.jansen@dunes-mail.example.com>"
    return [
        M(D("2019-04-29 15:25"), f, "Application: community garden Oostduinkerke",
          "Dear Sir or Madam,\n\nWe are a group of residents (Dutch, Belgian and British) of the Witte Burg area in Oostduinkerke. "
          "We would like to build a community vegetable garden with raised beds for the holiday-home neighbourhood, which is very "
          "empty in winter, so that the permanent residents get to know each other.\n\nRequested amount: EUR 5,500\n"
          "Total budget: EUR 6,200\nContact: Emma Jansen, +32 470 98 22 61\n\nKind regards,\nEmma Jansen",
          "application", "en", "a", title="Community garden Oostduinkerke"),
        M(D("2019-04-29 15:26"), f, "Automatic reply: " + RS("nl", pre=""),
          "Thank you for your email. I am travelling until 6 May with limited access to email. I will reply on my return.\n\nEmma",
          "auto_reply", "en", "a", irt="rcpt:a", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
          note="English auto-reply with Auto-Submitted and Precedence headers"),
    ]
S["oostduinkerke"] = oostduinkerke

def cassel():
    f = "Amandine Ryckebusch <a.ryckebusch@cassel-village.example.org>"
    return [
        M(D("2019-05-13 17:30"), f, "Renseignements appel à projets",
          "Bonjour,\n\nJe suis conseillère municipale à Cassel. Est-ce qu'un commerçant (notre boulanger) peut déposer un projet "
          "ou faut-il obligatoirement une association ? Et les frais de personnel sont-ils éligibles ?\n\nMerci d'avance,\n"
          "Amandine Ryckebusch", "inquiry", "fr", None, note="question about eligibility and eligible costs, no project"),
        M(D("2019-05-14 09:02"), f, "Absence : Renseignements appel à projets",
          "Bonjour,\n\nJe suis actuellement absente et je n'ai pas accès à ma messagerie. Je prendrai connaissance de votre message "
          "à mon retour le 20 mai.\n\nAmandine Ryckebusch", "auto_reply", "fr", None, irt="ans",
          hdr={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}, note="auto-reply to the coordinator's answer to an inquiry; no project"),
    ]
S["cassel"] = cassel

def auto_mailing():
    return [M(D("2019-04-01 09:05"), "Town of Nieuwpoort Info <info@nieuwpoort-town.example.org>", "Out of Office: Maak werk van je buurt! / Faites bouger votre quartier !",
        "Thank you for your message. Our offices are closed on Easter Monday... I am out of the office until 3 April.\n"
        "Dank voor uw bericht. Ik ben afwezig tot 3 april.", "auto_reply", "en", None, irt="ans",
        hdr={"X-Autoreply": "yes"}, note="auto-reply to the call announcement mailing; bilingual EN/NL, no project")]
S["auto_mailing"] = auto_mailing

def herzeele():
    f = "Jean-Marie Lamote <jm.lamote@herzeele-asso.example.net>"
    return [
        M(D("2019-05-31 11:11"), f, "Candidature - Herzeele - estaminet associatif",
          "Bonjour,\n\nL'association Herzeele Autrement souhaite rouvrir l'ancien estaminet de la place comme café associatif, "
          "deux soirs par semaine, tenu par des bénévoles, avec jeux flamands et petite épicerie de dépannage.\n"
          "Montant demandé : 9 800 €, budget total : 21 000 €.\n\nJean-Marie Lamote\n06 33 21 08 54",
          "application", "fr", "a", title="Estaminet associatif de Herzeele"),
        M(D("2019-05-31 11:12"), f, "Réponse automatique: " + RS("fr", pre=""),
          "Merci pour votre message. Je suis en congé jusqu'au 10 juin.\nJean-Marie Lamote", "auto_reply", "fr", "a",
          irt="rcpt:a", note="French out-of-office without any auto-reply header"),
        M(D("2019-06-11 08:33"), f, RS("fr"),
          "Bonjour et merci pour l'accusé de réception. Je vous envoie une photo de l'estaminet (façade).\nJ-M Lamote" + QR("fr"),
          "follow_up", "fr", "a", irt="rcpt:a", att=[("jpg", "estaminet.jpg", ((200, 190, 160),))], note="thank-you with photo"),
    ]
S["herzeele"] = herzeele
