"""Writer for Outlook .msg files (MS-OXMSG) on top of cfb.py, plus an
RTF compressor (MS-OXRTFCP, "LZFu").  Own code, no .msg library.

Model:
    Message(unicode=True, codepage=1252)
        .props        list of (prop_id, prop_type, value)
        .recipients   list of prop lists
        .attachments  list of Attachment
        .named        list of (guid_bytes, lid, prop_type, value)  [top level only]
    Attachment(props, embedded=None)  embedded = Message for ATTACH_EMBEDDED_MSG
"""
import datetime
import struct

import cfb

PT_SHORT = 0x0002
PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_OBJECT = 0x000D
PT_I8 = 0x0014
PT_STRING8 = 0x001E
PT_UNICODE = 0x001F
PT_SYSTIME = 0x0040
PT_CLSID = 0x0048
PT_BINARY = 0x0102

VARIABLE = {PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT, PT_CLSID}

# A string placeholder: the message decides whether strings are 001F or 001E.
PT_TSTRING = -1

CLSID_MESSAGE = bytes.fromhex("0B0D020000000000C000000000000046")  # {00020D0B-...-46}
PSETID_COMMON = bytes.fromhex("0820060000000000C000000000000046")  # {00062008-...-46}

FLAGS = 0x00000006  # PROPATTR_READABLE | PROPATTR_WRITABLE


def filetime(dt):
    """datetime (aware) -> FILETIME int (100 ns since 1601-01-01 UTC)."""
    epoch = datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc)
    delta = dt.astimezone(datetime.timezone.utc) - epoch
    return (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


# --------------------------------------------------------------------------
# MS-OXRTFCP compression
# --------------------------------------------------------------------------
PREBUF = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman "
          b"\\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes "
          b"New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
          b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")
assert len(PREBUF) == 207

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def rtf_crc(data):
    """CRC as MS-OXRTFCP 2.1.3.2: table CRC-32, initial 0, no final XOR."""
    crc = 0
    for b in data:
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc


def lzfu_compress(raw):
    """Compress RTF bytes into the LZFu form (COMPTYPE 0x75465A4C).

    Greedy longest match (2..17 bytes) against the 4096-byte dictionary,
    which starts with the 207-byte prebuffer.  Matches never touch the
    prebuffer's CR LF pair: libemail-outlook-message-perl 0.921 carries that
    pair as LF CR in its copy of the prebuffer, and avoiding it keeps all
    decoders in agreement (the spec leaves the choice of matches to the
    compressor)."""
    assert b"\0" not in raw
    hist = bytearray(PREBUF)
    crlf = PREBUF.index(b"\r\n")
    search = bytearray(PREBUF)
    search[crlf] = 0
    search[crlf + 1] = 0  # RTF text never contains NUL, so no match crosses it
    tokens = []
    i = 0
    n = len(raw)
    while i < n:
        wstart = max(0, len(hist) - 4095)
        window = bytes(search[wstart:])
        best_len, best_pos = 0, -1
        maxlen = min(17, n - i)
        L = 2
        while L <= maxlen:
            p = window.rfind(raw[i:i + L])
            if p < 0:
                break
            best_len, best_pos = L, p
            L += 1
        if best_len >= 2:
            off = (wstart + best_pos) % 4096
            tokens.append((1, (off << 4) | (best_len - 2)))
            chunk = raw[i:i + best_len]
        else:
            tokens.append((0, raw[i]))
            chunk = raw[i:i + 1]
        hist += chunk
        search += chunk
        i += len(chunk)
    tokens.append((1, (len(hist) % 4096) << 4))  # end marker: offset == write pos
    out = bytearray()
    for g in range(0, len(tokens), 8):
        group = tokens[g:g + 8]
        ctrl = 0
        body = bytearray()
        for bit, (isref, val) in enumerate(group):
            if isref:
                ctrl |= 1 << bit
                body += struct.pack(">H", val)
            else:
                body.append(val)
        out.append(ctrl)
        out += body
    header = struct.pack("<IIII", len(out) + 12, len(raw), 0x75465A4C, rtf_crc(out))
    return header + bytes(out)


def lzfu_decompress(data):
    """Reference decoder used only for the writer's own self-check."""
    comp, rawsize, magic, crc = struct.unpack("<IIII", data[:16])
    body = data[16:4 + comp]
    assert magic == 0x75465A4C and crc == rtf_crc(body)
    d = bytearray(PREBUF) + bytearray(4096 - 207)
    w = 207
    out = bytearray()
    p = 0
    while p < len(body):
        ctrl = body[p]
        p += 1
        for bit in range(8):
            if p >= len(body):
                break
            if ctrl & (1 << bit):
                v = struct.unpack(">H", body[p:p + 2])[0]
                p += 2
                off, ln = v >> 4, (v & 15) + 2
                if off == w:
                    return bytes(out)
                for k in range(ln):
                    c = d[(off + k) % 4096]
                    d[w] = c
                    w = (w + 1) % 4096
                    out.append(c)
            else:
                c = body[p]
                p += 1
                d[w] = c
                w = (w + 1) % 4096
                out.append(c)
    return bytes(out)


# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
class Attachment:
    def __init__(self, props, embedded=None, ctime=0):
        self.props = props
        self.embedded = embedded
        self.ctime = ctime


class Message:
    def __init__(self, unicode=True, codepage=1252):
        self.unicode = unicode
        self.codepage = codepage
        self.props = []
        self.recipients = []
        self.attachments = []
        self.named = []
        self.ctime = 0

    # -- helpers -----------------------------------------------------------
    def _resolve_type(self, ptype):
        if ptype == PT_TSTRING:
            return PT_UNICODE if self.unicode else PT_STRING8
        return ptype

    def _encode_var(self, ptype, value):
        if ptype == PT_UNICODE:
            return value.encode("utf-16-le")
        if ptype == PT_STRING8:
            return value.encode("cp%d" % self.codepage)
        if ptype in (PT_BINARY, PT_CLSID):
            return bytes(value)
        raise ValueError(ptype)

    def _props_streams(self, props, header, storage, named_map=None):
        entries = []
        for pid, ptype, value in props:
            ptype = self._resolve_type(ptype)
            entries.append((pid, ptype, value))
        entries.sort(key=lambda e: (e[0], e[1]))
        seen = set()
        buf = bytearray(header)
        for pid, ptype, value in entries:
            assert pid not in seen, hex(pid)
            seen.add(pid)
            tag = (pid << 16) | ptype
            if ptype in VARIABLE:
                if ptype == PT_OBJECT:
                    size = 0xFFFFFFFF
                else:
                    data = self._encode_var(ptype, value)
                    storage.add(cfb.Stream("__substg1.0_%08X" % tag, data))
                    size = len(data) + (2 if ptype == PT_UNICODE else 1 if ptype == PT_STRING8 else 0)
                buf += struct.pack("<IIII", tag, FLAGS, size, 0)
            else:
                if ptype == PT_LONG:
                    val = struct.pack("<I", value & 0xFFFFFFFF) + b"\0" * 4
                elif ptype == PT_SHORT:
                    val = struct.pack("<H", value) + b"\0" * 6
                elif ptype == PT_BOOLEAN:
                    val = struct.pack("<B", 1 if value else 0) + b"\0" * 7
                elif ptype == PT_SYSTIME:
                    val = struct.pack("<Q", filetime(value))
                elif ptype == PT_I8:
                    val = struct.pack("<Q", value)
                else:
                    raise ValueError(ptype)
                buf += struct.pack("<II", tag, FLAGS) + val
        storage.add(cfb.Stream("__properties_version1.0", bytes(buf)))

    def _fill(self, storage, top):
        nr, na = len(self.recipients), len(self.attachments)
        props = list(self.props)
        if top and self.named:
            for k, (guid, lid, ptype, value) in enumerate(self.named):
                props.append((0x8000 + k, ptype, value))
        if top:
            header = b"\0" * 8 + struct.pack("<IIII", nr, na, nr, na) + b"\0" * 8
        else:
            header = b"\0" * 8 + struct.pack("<IIII", nr, na, nr, na)
        self._props_streams(props, header, storage)
        for k, rprops in enumerate(self.recipients):
            st = storage.add(cfb.Storage("__recip_version1.0_#%08X" % k))
            rp = [(0x3000, PT_LONG, k)] + list(rprops)
            self._props_streams(rp, b"\0" * 8, st)
        for k, att in enumerate(self.attachments):
            st = storage.add(cfb.Storage("__attach_version1.0_#%08X" % k,
                                         ctime=att.ctime, mtime=att.ctime))
            ap = [(0x0E21, PT_LONG, k)] + list(att.props)
            if att.embedded is not None:
                ap.append((0x3701, PT_OBJECT, None))
                sub = st.add(cfb.Storage("__substg1.0_3701000D", clsid=CLSID_MESSAGE))
                # the embedded message is written with its own string width
                att.embedded._fill(sub, top=False)
            self._props_streams(ap, b"\0" * 8, st)

    def _nameid(self):
        st = cfb.Storage("__nameid_version1.0")
        guids = []
        entries = bytearray()
        buckets = {}
        for k, (guid, lid, ptype, value) in enumerate(self.named):
            if guid not in guids:
                guids.append(guid)
            gidx = guids.index(guid) + 3
            ent = struct.pack("<IHH", lid, (gidx << 1) | 0, k)
            entries += ent
            sid = 0x1000 + ((lid ^ (gidx << 1)) % 0x1F)
            buckets.setdefault(sid, bytearray()).extend(ent)
        st.add(cfb.Stream("__substg1.0_00020102", b"".join(guids)))
        st.add(cfb.Stream("__substg1.0_00030102", bytes(entries)))
        st.add(cfb.Stream("__substg1.0_00040102", b""))
        for sid, data in sorted(buckets.items()):
            st.add(cfb.Stream("__substg1.0_%04X0102" % sid, bytes(data)))
        return st

    def to_bytes(self):
        root = cfb.Storage("Root Entry", clsid=CLSID_MESSAGE, mtime=self.ctime)
        root.add(self._nameid())
        self._fill(root, top=True)
        return cfb.write(root)
