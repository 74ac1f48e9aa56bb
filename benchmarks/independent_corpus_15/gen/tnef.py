"""Minimal TNEF (MS-OXTNEF) encoder and compressed-RTF (MS-OXRTFCP) writer.

Written from the published specs; no third-party TNEF code is used.
"""
import struct

TNEF_SIGNATURE = 0x223E9F78
LVL_MESSAGE = 0x01
LVL_ATTACHMENT = 0x02

# attribute ids (type << 16 | id)
attTnefVersion = 0x00089006
attOemCodepage = 0x00069007
attMessageClass = 0x00078008
attSubject = 0x00018004
attDateSent = 0x00038005
attMessageID = 0x00018009
attBody = 0x0002800C
attMAPIProps = 0x00069003
attAttachRenddata = 0x00069002
attAttachTitle = 0x00018010
attAttachData = 0x0006800F
attAttachCreateDate = 0x00038012
attAttachModifyDate = 0x00038013
attAttachment = 0x00069005

PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_STRING8 = 0x001E
PT_BINARY = 0x0102

PR_RTF_COMPRESSED = 0x1009
PR_RTF_IN_SYNC = 0x0E1F
PR_MESSAGE_CODEPAGE = 0x3FFD
PR_ATTACH_LONG_FILENAME = 0x3707
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_EXTENSION = 0x3703
PR_ATTACH_METHOD = 0x3705
PR_ATTACH_MIME_TAG = 0x370E
PR_DISPLAY_NAME = 0x3001
PR_RENDERING_POSITION = 0x370B


def _attr(level, attr_id, data):
    checksum = sum(data) & 0xFFFF
    return struct.pack('<BII', level, attr_id, len(data)) + data + struct.pack('<H', checksum)


def _dtr(dt):
    # DTR: year, month, day, hour, minute, second, day-of-week (uint16 each)
    return struct.pack('<7H', dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                       (dt.weekday() + 1) % 7)


def _pad4(b):
    return b + b'\0' * ((4 - len(b) % 4) % 4)


def mapi_props(props):
    """props: list of (ptype, pid, value). Encodes an attMsgProps blob."""
    out = [struct.pack('<I', len(props))]
    for ptype, pid, value in props:
        out.append(struct.pack('<HH', ptype, pid))
        if ptype in (PT_LONG, PT_BOOLEAN):
            out.append(struct.pack('<I', int(value)))
        elif ptype in (PT_STRING8, PT_BINARY):
            if ptype == PT_STRING8:
                value = value.encode('cp1252') + b'\0'
            out.append(struct.pack('<II', 1, len(value)))
            out.append(_pad4(value))
        else:
            raise ValueError(ptype)
    return b''.join(out)


# ---------------------------------------------------------------- compressed RTF
PRELOAD = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss "
           b"\\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier"
           b"{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")
assert len(PRELOAD) == 207


def _crc_table():
    tbl = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        tbl.append(c)
    return tbl


_CRC = _crc_table()


def rtf_crc(data):
    crc = 0
    for b in data:
        crc = _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc


def compress_rtf_mela(rtf):
    """Uncompressed ('MELA') variant: header + raw RTF, CRC 0."""
    return struct.pack('<IIII', len(rtf) + 12, len(rtf), 0x414C454D, 0) + rtf


def compress_rtf_lzfu(rtf):
    """Real LZFu compression (greedy longest match against the 4 KiB ring dictionary)."""
    hist = bytearray(PRELOAD)
    out = bytearray()
    i = 0
    n = len(rtf)
    done = False
    while not done:
        ctrl = 0
        chunk = bytearray()
        for bit in range(8):
            if i >= n:
                # end marker: reference whose offset is the current write position
                wpos = len(hist) % 4096
                chunk += struct.pack('>H', (wpos << 4) | 0)
                ctrl |= 1 << bit
                done = True
                break
            lo = max(0, len(hist) - 4096 + 18)
            window = bytes(hist[lo:])
            best_len, best_pos = 0, -1
            L = 3
            while L <= 17 and i + L <= n:
                p = window.rfind(rtf[i:i + L])
                if p < 0:
                    break
                best_len, best_pos = L, lo + p
                L += 1
            if best_len >= 3:
                off = best_pos % 4096
                chunk += struct.pack('>H', (off << 4) | (best_len - 2))
                ctrl |= 1 << bit
                hist += rtf[i:i + best_len]
                i += best_len
            else:
                chunk.append(rtf[i])
                hist.append(rtf[i])
                i += 1
        out.append(ctrl)
        out += chunk
    body = bytes(out)
    return struct.pack('<IIII', len(body) + 12, len(rtf), 0x75465A4C, rtf_crc(body)) + body


def decompress_rtf(blob):
    """Own decoder, used only for self-checks."""
    compsize, rawsize, ctype, crc = struct.unpack('<IIII', blob[:16])
    data = blob[16:4 + compsize]
    if ctype == 0x414C454D:
        return data[:rawsize]
    assert ctype == 0x75465A4C and rtf_crc(data) == crc
    d = bytearray(4096)
    d[:207] = PRELOAD
    w = 207
    out = bytearray()
    i = 0
    while i < len(data):
        ctrl = data[i]
        i += 1
        for bit in range(8):
            if i >= len(data):
                break
            if ctrl & (1 << bit):
                ref = struct.unpack('>H', data[i:i + 2])[0]
                i += 2
                off, ln = ref >> 4, (ref & 15) + 2
                if off == w:
                    return bytes(out)
                for k in range(ln):
                    c = d[(off + k) % 4096]
                    out.append(c)
                    d[w] = c
                    w = (w + 1) % 4096
            else:
                c = data[i]
                i += 1
                out.append(c)
                d[w] = c
                w = (w + 1) % 4096
    return bytes(out)


# ---------------------------------------------------------------- TNEF writer
def build_tnef(subject, sent, rtf=None, rtf_mode='lzfu', body_text=None, attachments=(),
               key=0x4A21, message_id=None):
    """attachments: list of (long_filename, short_title, mime_type, data)."""
    out = [struct.pack('<IH', TNEF_SIGNATURE, key)]
    out.append(_attr(LVL_MESSAGE, attTnefVersion, struct.pack('<I', 0x00010000)))
    out.append(_attr(LVL_MESSAGE, attOemCodepage, struct.pack('<II', 1252, 0)))
    out.append(_attr(LVL_MESSAGE, attMessageClass, b'IPM.Microsoft Mail.Note\0'))
    out.append(_attr(LVL_MESSAGE, attSubject, subject.encode('cp1252') + b'\0'))
    out.append(_attr(LVL_MESSAGE, attDateSent, _dtr(sent)))
    if message_id:
        out.append(_attr(LVL_MESSAGE, attMessageID, message_id.encode('ascii') + b'\0'))
    if body_text is not None:
        out.append(_attr(LVL_MESSAGE, attBody, body_text.encode('cp1252') + b'\0'))
    props = [(PT_LONG, PR_MESSAGE_CODEPAGE, 1252)]
    if rtf is not None:
        blob = compress_rtf_lzfu(rtf) if rtf_mode == 'lzfu' else compress_rtf_mela(rtf)
        assert decompress_rtf(blob) == rtf
        props += [(PT_BOOLEAN, PR_RTF_IN_SYNC, 1), (PT_BINARY, PR_RTF_COMPRESSED, blob)]
    out.append(_attr(LVL_MESSAGE, attMAPIProps, mapi_props(props)))
    for k, (longname, title, mime, data) in enumerate(attachments):
        rend = struct.pack('<HIHHI', 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0)
        out.append(_attr(LVL_ATTACHMENT, attAttachRenddata, rend))
        out.append(_attr(LVL_ATTACHMENT, attAttachTitle, title.encode('cp1252') + b'\0'))
        out.append(_attr(LVL_ATTACHMENT, attAttachCreateDate, _dtr(sent)))
        out.append(_attr(LVL_ATTACHMENT, attAttachModifyDate, _dtr(sent)))
        out.append(_attr(LVL_ATTACHMENT, attAttachData, data))
        ext = '.' + longname.rsplit('.', 1)[-1] if '.' in longname else ''
        aprops = [
            (PT_STRING8, PR_ATTACH_LONG_FILENAME, longname),
            (PT_STRING8, PR_ATTACH_FILENAME, title),
            (PT_STRING8, PR_ATTACH_EXTENSION, ext),
            (PT_STRING8, PR_DISPLAY_NAME, longname),
            (PT_LONG, PR_ATTACH_METHOD, 1),
            (PT_STRING8, PR_ATTACH_MIME_TAG, mime),
            (PT_LONG, PR_RENDERING_POSITION, 0xFFFFFFFF),
        ]
        out.append(_attr(LVL_ATTACHMENT, attAttachment, mapi_props(aprops)))
    return b''.join(out)


def short_name(longname, idx=1):
    base, _, ext = longname.rpartition('.')
    clean = ''.join(c for c in base.upper() if c.isalnum())[:6]
    return f"{clean}~{idx}.{ext.upper()[:3]}"
