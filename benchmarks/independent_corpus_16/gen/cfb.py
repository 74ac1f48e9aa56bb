"""Minimal, deterministic writer for the Compound File Binary format (MS-CFB).

Version 3 files: 512-byte sectors, 64-byte mini sectors, mini stream cutoff
4096 bytes.  Streams shorter than the cutoff live in the mini stream (whose
chain starts at the root entry), the rest in regular sectors.  The sibling
links of every storage form a red-black tree ordered the MS-CFB way
(shorter name first, then upper-cased UTF-16 code units).

Written for this corpus only; no third-party code.
"""
import struct

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


class Stream:
    def __init__(self, name, data):
        assert len(name) <= 31, name
        self.name = name
        self.data = bytes(data)


class Storage:
    def __init__(self, name, children=None, clsid=b"\0" * 16, ctime=0, mtime=0):
        assert len(name) <= 31, name
        self.name = name
        self.children = list(children or [])
        self.clsid = clsid
        self.ctime = ctime
        self.mtime = mtime

    def add(self, node):
        self.children.append(node)
        return node


def _key(name):
    # MS-CFB 2.6.4: compare length first, then upper-case code units.
    units = name.encode("utf-16-le")
    return (len(units), name.upper())


def _rb_tree(nodes):
    """Return (root_index, {idx: (left, right, color)}) for entries `nodes`
    (a list of directory indices already sorted by _key).
    Balanced by size; nodes on an incomplete last level are red."""
    links = {}
    depth = {}

    def build(lo, hi, d):
        if lo >= hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        idx = nodes[mid]
        depth[idx] = d
        left = build(lo, mid, d + 1)
        right = build(mid + 1, hi, d + 1)
        links[idx] = [left, right, 1]
        return idx

    root = build(0, len(nodes), 0)
    if nodes:
        h = max(depth.values())
        full = len(nodes) == 2 ** (h + 1) - 1
        for idx, d in depth.items():
            links[idx][2] = 0 if (d == h and not full and h > 0) else 1
        _check_rb(root, links)
    return root, links


def _check_rb(root, links):
    def walk(i):
        if i == NOSTREAM:
            return 1
        l, r, c = links[i]
        if c == 0:
            for ch in (l, r):
                assert ch == NOSTREAM or links[ch][2] == 1, "red-red"
        bl, br = walk(l), walk(r)
        assert bl == br, "black height"
        return bl + (1 if c == 1 else 0)

    assert root == NOSTREAM or links[root][2] == 1
    walk(root)


def _chain(fat, start, count):
    for k in range(count):
        fat[start + k] = start + k + 1 if k < count - 1 else ENDOFCHAIN


def write(root):
    """Serialise a Storage tree (the root storage) into CFB bytes."""
    # 1. directory entries in depth-first order
    entries = []  # (node, type)

    def collect(node, typ):
        idx = len(entries)
        entries.append([node, typ])
        return idx

    child_index = {}
    order = [(root, 5)]
    collect(root, 5)
    pos = 0
    while pos < len(entries):
        node, typ = entries[pos]
        if typ in (1, 5):
            kids = sorted(node.children, key=lambda n: _key(n.name))
            names = [_key(k.name) for k in kids]
            assert len(set(names)) == len(names), "duplicate names in " + node.name
            idxs = []
            for k in kids:
                idxs.append(collect(k, 1 if isinstance(k, Storage) else 2))
            child_index[pos] = idxs
        pos += 1

    n = len(entries)
    left = [NOSTREAM] * n
    right = [NOSTREAM] * n
    child = [NOSTREAM] * n
    color = [1] * n
    for parent, idxs in child_index.items():
        r, links = _rb_tree(idxs)
        child[parent] = r
        for i, (l, rr, c) in links.items():
            left[i], right[i], color[i] = l, rr, c

    # 2. stream placement
    mini_data = bytearray()
    mini_fat = []
    big_streams = []  # (entry index, data)
    start = [0] * n
    size = [0] * n
    for i, (node, typ) in enumerate(entries):
        if typ != 2:
            continue
        d = node.data
        size[i] = len(d)
        if len(d) == 0:
            start[i] = ENDOFCHAIN
        elif len(d) < CUTOFF:
            first = len(mini_data) // MINI
            cnt = (len(d) + MINI - 1) // MINI
            start[i] = first
            for k in range(cnt):
                mini_fat.append(first + k + 1 if k < cnt - 1 else ENDOFCHAIN)
            mini_data += d + b"\0" * (cnt * MINI - len(d))
        else:
            big_streams.append((i, d))

    dir_secs = (n * 128 + SECTOR - 1) // SECTOR
    minifat_secs = (len(mini_fat) * 4 + SECTOR - 1) // SECTOR
    ministream_secs = (len(mini_data) + SECTOR - 1) // SECTOR
    big_secs = sum((len(d) + SECTOR - 1) // SECTOR for _, d in big_streams)
    data_secs = dir_secs + minifat_secs + ministream_secs + big_secs
    fat_secs = 1
    while fat_secs * (SECTOR // 4) < data_secs + fat_secs:
        fat_secs += 1
    if fat_secs > 109:
        raise ValueError("file too large for header-only DIFAT")

    total = fat_secs + data_secs
    fat = [FREESECT] * (fat_secs * (SECTOR // 4))
    cur = 0
    fat_start = cur
    for k in range(fat_secs):
        fat[cur + k] = FATSECT
    cur += fat_secs
    dir_start = cur
    _chain(fat, cur, dir_secs)
    cur += dir_secs
    if minifat_secs:
        minifat_start = cur
        _chain(fat, cur, minifat_secs)
        cur += minifat_secs
    else:
        minifat_start = ENDOFCHAIN
    if ministream_secs:
        ministream_start = cur
        _chain(fat, cur, ministream_secs)
        cur += ministream_secs
    else:
        ministream_start = ENDOFCHAIN
    for i, d in big_streams:
        cnt = (len(d) + SECTOR - 1) // SECTOR
        start[i] = cur
        _chain(fat, cur, cnt)
        cur += cnt
    assert cur == total
    start[0] = ministream_start
    size[0] = len(mini_data)

    # 3. header
    hdr = bytearray()
    hdr += SIGNATURE + b"\0" * 16
    hdr += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
    hdr += b"\0" * 6
    hdr += struct.pack("<IIIIIIIII", 0, fat_secs, dir_start, 0, CUTOFF,
                       minifat_start, minifat_secs, ENDOFCHAIN, 0)
    difat = [fat_start + k for k in range(fat_secs)] + [FREESECT] * (109 - fat_secs)
    hdr += struct.pack("<109I", *difat)
    assert len(hdr) == SECTOR

    # 4. directory
    dirb = bytearray()
    for i, (node, typ) in enumerate(entries):
        name = "Root Entry" if typ == 5 else node.name
        enc = name.encode("utf-16-le") + b"\0\0"
        assert len(enc) <= 64
        clsid = node.clsid if typ in (1, 5) else b"\0" * 16
        ctime = node.ctime if typ == 1 else 0
        mtime = node.mtime if typ in (1, 5) else 0
        dirb += enc + b"\0" * (64 - len(enc))
        dirb += struct.pack("<HBB", len(enc), typ, color[i] if typ != 5 else 1)
        dirb += struct.pack("<III", left[i], right[i], child[i])
        dirb += clsid + struct.pack("<I", 0)
        dirb += struct.pack("<QQ", ctime, mtime)
        dirb += struct.pack("<IQ", start[i] if (typ == 2 or typ == 5) else 0, size[i])
    while len(dirb) % SECTOR:
        dirb += (b"\0" * 64 + struct.pack("<HBB", 0, 0, 0)
                 + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48)

    out = bytearray(hdr)
    out += struct.pack("<%dI" % len(fat), *fat)
    out += dirb
    if minifat_secs:
        mf = mini_fat + [FREESECT] * (minifat_secs * (SECTOR // 4) - len(mini_fat))
        out += struct.pack("<%dI" % len(mf), *mf)
    if ministream_secs:
        out += mini_data + b"\0" * (ministream_secs * SECTOR - len(mini_data))
    for i, d in big_streams:
        out += d + b"\0" * ((-len(d)) % SECTOR)
    assert len(out) == SECTOR * (1 + total)
    return bytes(out)
