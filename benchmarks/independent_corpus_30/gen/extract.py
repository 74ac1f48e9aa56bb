"""Extract attachments from the corpus mails into a folder (for inspection)."""
import email, email.policy, os, sys, json
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/c30view"
os.makedirs(out, exist_ok=True)
for split in ("dev", "test"):
    for line in open(os.path.join(root, split, "truth.jsonl"), encoding="utf-8"):
        t = json.loads(line)
        msg = email.message_from_bytes(open(os.path.join(root, split, t["file"]), "rb").read(), policy=email.policy.default)
        atts = list(msg.iter_attachments())
        assert len(atts) == 1
        a = atts[0]
        ext = a.get_filename().rsplit(".", 1)[1]
        open(os.path.join(out, t["file"].replace(".eml", "." + ext)), "wb").write(a.get_content())
        print(t["file"], t["format"], t["language"], a.get_filename())
