#!/usr/bin/env python3
"""Benchmark data set: structured articles with dated events, as NDJSON (one ArticleInput per line).

Deterministic for a given --seed. Regions come from the real gazetteer (src/main/resources/gazetteer/regions.tsv, the
file the V2 migration loads into the `region` table); Xinjiang (65xxxx) codes get most of the weight, every other code
can appear. Titles and summaries are Chinese, built from templates; dates spread over 2000-2026 with mixed precision
(day, month, year, ranges).

Two modes:
  --out FILE|-        write NDJSON to a file (or stdout)
  --url URL           stream it to URL/api/articles/import, --request-size articles per request, with a progress
                      line (done/total, articles/s, events/s, ETA) every --progress seconds; Basic credentials from
                      BENCH_USER / BENCH_PASSWORD when set. A summary JSON line goes to stdout at the end.

Standard library only (python3 >= 3.9).
"""
import argparse
import base64
import http.client
import json
import os
import queue
import random
import sys
import threading
import time
import urllib.parse
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS_TSV = os.path.join(HERE, "..", "src", "main", "resources", "gazetteer", "regions.tsv")

SOURCES = ["新疆日报", "昌吉日报", "阿勒泰日报", "克拉玛依日报", "伊犁日报", "喀什日报", "哈密日报", "巴音郭楞日报",
           "兵团日报", "吐鲁番日报", "和田日报", "博尔塔拉报", "塔城日报", "阿克苏日报"]
PROJECT_KINDS = ["城乡供水一体化工程", "高标准农田建设项目", "新能源汽车产业园", "防沙治沙工程", "智慧物流产业园",
                 "光伏发电项目", "风电基地", "棉花加工园区", "老旧小区改造工程", "污水处理厂提标改造项目",
                 "供热管网改造工程", "国道改扩建工程", "农村公路提升工程", "文化旅游综合体", "职业技术学院新校区",
                 "人民医院门诊综合楼", "煤化工循环经济园", "冷链物流中心", "数字经济产业园", "生态修复工程",
                 "水库除险加固工程", "灌区节水改造项目", "种业创新基地", "绿色矿山建设项目", "口岸物流园",
                 "城市更新行动", "乡村振兴示范片区", "特色小镇建设项目", "体育中心", "保障性租赁住房项目"]
PROJECT_PREFIXES = ["", "", "", "新", "二期", "三期", "北区", "南区", "东部", "西部", "中心城区", "重点"]
ACTIONS_HAPPENED = ["举行开工仪式", "正式签约落地", "完成主体工程建设", "通过竣工验收", "召开推进会",
                    "完成年度投资计划", "实现并网发电", "开展专项督查", "启动试运行", "举办项目观摩活动"]
ACTIONS_PLANNED = ["计划开工建设", "预计建成投用", "将启动招标工作", "计划完成主体施工", "预计实现全面运营"]
ACTIONS_ONGOING = ["正在加紧施工", "建设进入冲刺阶段", "持续推进设备安装", "正进行管网铺设"]
TITLE_TEMPLATES = ["{place}{project}{verb}", "{place}：{project}建设提速", "{project}取得新进展",
                   "{place}多个重点项目集中{verb2}", "聚焦{project} 助力{place}高质量发展", "{place}全力推进{project}"]
TITLE_VERBS = ["开工", "投产", "签约", "竣工", "加速推进"]
TITLE_VERBS2 = ["开工", "签约", "投产", "观摩"]
REPORTERS = ["刘茜", "马蓉", "王磊", "阿依古丽", "艾尔肯", "李娜", "张伟", "古丽米拉", "陈静", "赵强"]
FIGURES = [("总投资{n}亿元", 100_000_000, "CNY"), ("完成投资{n}万元", 10_000, "CNY"), ("全长{n}公里", 1, "km"),
           ("占地{n}亩", 1, "mu"), ("年产值{n}亿元", 100_000_000, "CNY")]
FIRST, LAST = date(2000, 1, 1), date(2026, 12, 31)


def load_regions():
    xj, other = [], []
    with open(REGIONS_TSV, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            code, name, short, level = cols[0], cols[1], cols[2], cols[3]
            (xj if code.startswith("65") else other).append((code, name, short, level))
    return xj, other


class Generator:
    def __init__(self, seed, articles, events_per_article, projects):
        self.rnd = random.Random(seed)
        self.seed = seed
        self.articles = articles
        self.events_per_article = events_per_article
        self.xj, self.other = load_regions()
        self.xj_counties = [r for r in self.xj if r[3] == "county"] or self.xj
        self.projects = self._projects(projects)

    def region(self):
        r = self.rnd.random()
        if r < 0.75:
            return self.rnd.choice(self.xj_counties)
        if r < 0.85:
            return self.rnd.choice(self.xj)
        return self.rnd.choice(self.other)

    def _projects(self, n):
        names, seen = [], set()
        rnd = random.Random(self.seed * 7919 + 1)
        while len(names) < n:
            reg = self.region_with(rnd)
            name = rnd.choice(PROJECT_PREFIXES) + rnd.choice(PROJECT_KINDS)
            full = reg[2] + name if rnd.random() < 0.5 else reg[1] + name
            if full in seen:
                full = full + "（%d期）" % (len(names) % 9 + 2)
                if full in seen:
                    continue
            seen.add(full)
            names.append((full, reg))
        return names

    def region_with(self, rnd):
        r = rnd.random()
        if r < 0.75:
            return rnd.choice(self.xj_counties)
        if r < 0.85:
            return rnd.choice(self.xj)
        return rnd.choice(self.other)

    def date_near(self, center, spread_days):
        d = center + timedelta(days=self.rnd.randint(-spread_days, spread_days))
        return min(max(d, FIRST), LAST)

    def article(self, i):
        rnd = self.rnd
        published = FIRST + timedelta(days=rnd.randint(0, (LAST - FIRST).days))
        place = self.region()
        projects = [self.projects[rnd.randrange(len(self.projects))] for _ in range(rnd.choice((1, 1, 2, 3)))]
        main_project = projects[0][0]
        title = rnd.choice(TITLE_TEMPLATES).format(place=place[2], project=main_project, verb=rnd.choice(TITLE_VERBS),
                                                   verb2=rnd.choice(TITLE_VERBS2))
        n_events = max(1, self.events_per_article + rnd.choice((-2, -1, 0, 0, 0, 1, 2)) if self.events_per_article > 2
                       else self.events_per_article)
        events, sentences, regions = [], [], {place[0]}
        for k in range(n_events):
            proj = projects[rnd.randrange(len(projects))] if rnd.random() < 0.6 else None
            # an event of a project happens mostly in the project's home region; others mostly in the article's place
            home = proj[1] if proj else place
            ev_region = home if rnd.random() < 0.8 else self.region()
            d = self.date_near(published, 720 if rnd.random() < 0.2 else 60)
            p = rnd.random()
            if p < 0.70:
                iso, text = d.isoformat(), "%d年%d月%d日" % (d.year, d.month, d.day)
            elif p < 0.88:
                iso, text = d.strftime("%Y-%m"), "%d年%d月" % (d.year, d.month)
            else:
                iso, text = str(d.year), "%d年" % d.year
            end = None
            if len(iso) == 10 and rnd.random() < 0.05:
                e = d + timedelta(days=rnd.randint(1, 5))
                if e <= LAST:
                    end = e.isoformat()
                    text += "至%d日" % e.day
            tod = None
            if len(iso) == 10 and rnd.random() < 0.25:
                tod = rnd.choice(("morning", "afternoon", "evening"))
                text += {"morning": "上午", "afternoon": "下午", "evening": "晚上"}[tod]
            if d > published:
                status, action = "planned", rnd.choice(ACTIONS_PLANNED)
            elif rnd.random() < 0.1:
                status, action = "ongoing", rnd.choice(ACTIONS_ONGOING)
            else:
                status, action = "happened", rnd.choice(ACTIONS_HAPPENED)
            proj = proj[0] if proj else None
            subject = proj if proj else ev_region[1] + rnd.choice(("相关部门", "有关企业", "各族干部群众", "项目建设单位"))
            summary = "%s，%s%s。" % (text, subject, action)
            ev = {"date": iso, "status": status, "dateText": text, "summary": summary, "regions": [ev_region[0]]}
            if end:
                ev["end"] = end
            if tod:
                ev["timeOfDay"] = tod
            if proj:
                ev["projects"] = [proj]
            if rnd.random() < 0.3:
                tmpl, scale, unit = rnd.choice(FIGURES)
                amount = round(rnd.uniform(0.5, 99.9), 1)
                ftext = tmpl.format(n=amount)
                ev["figures"] = [{"text": ftext, "value": round(amount * scale, 4), "unit": unit}]
                summary = summary[:-1] + "，" + ftext + "。"
                ev["summary"] = summary
            regions.add(ev_region[0])
            sentences.append(summary)
            events.append(ev)
        reporter = rnd.sample(REPORTERS, 2)
        byline = "本报讯 记者%s、通讯员%s报道：" % tuple(reporter)
        body = byline + "".join(sentences) + "（稿件编号%d-%d）" % (self.seed, i)
        return {
            "source": rnd.choice(SOURCES),
            "publishedOn": published.isoformat(),
            "title": title,
            "byline": byline,
            "kind": "news",
            "body": body,
            "regions": sorted(regions)[:50],
            "projects": sorted({p[0] for p in projects}),
            "events": events,
        }

    def lines(self):
        for i in range(self.articles):
            a = self.article(i)
            yield json.dumps(a, ensure_ascii=False, separators=(",", ":")), len(a["events"])


def auth_header():
    user = os.environ.get("BENCH_USER")
    if not user:
        return {}
    token = base64.b64encode(("%s:%s" % (user, os.environ.get("BENCH_PASSWORD", ""))).encode()).decode()
    return {"Authorization": "Basic " + token}


def post_all(gen, url, request_size, progress_every, total_events_hint):
    u = urllib.parse.urlparse(url)
    path = (u.path.rstrip("/") or "") + "/api/articles/import"
    headers = {"Content-Type": "application/x-ndjson; charset=utf-8", **auth_header()}
    q = queue.Queue(maxsize=3)

    def produce():
        buf, n_ev = [], 0
        for line, ev in gen.lines():
            buf.append(line)
            n_ev += ev
            if len(buf) >= request_size:
                q.put(("\n".join(buf) + "\n", len(buf), n_ev))
                buf, n_ev = [], 0
        if buf:
            q.put(("\n".join(buf) + "\n", len(buf), n_ev))
        q.put(None)

    threading.Thread(target=produce, daemon=True).start()
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=600)
    totals = {"received": 0, "created": 0, "unchanged": 0, "rejected": 0, "events": 0, "requests": 0, "bytes": 0}
    errors = []
    t0 = last = time.monotonic()
    tty = sys.stderr.isatty()
    while True:
        item = q.get()
        if item is None:
            break
        body, n_art, n_ev = item
        data = body.encode("utf-8")
        conn.request("POST", path, body=data, headers=headers)
        resp = conn.getresponse()
        payload = resp.read()
        if resp.status != 200:
            sys.stderr.write("\nimport request failed: HTTP %d %s\n" % (resp.status, payload[:500].decode("utf-8", "replace")))
            sys.exit(1)
        r = json.loads(payload)
        for k in ("received", "created", "unchanged", "rejected", "events"):
            totals[k] += r[k]
        totals["requests"] += 1
        totals["bytes"] += len(data)
        errors.extend(r.get("errors", [])[:20 - len(errors)] if len(errors) < 20 else [])
        now = time.monotonic()
        if now - last >= progress_every or totals["received"] >= gen.articles:
            last = now
            el = now - t0
            done = totals["received"]
            frac = done / gen.articles
            eta = el / frac - el if frac > 0 else 0
            bar = "#" * int(frac * 30)
            msg = ("[%-30s] %6.1f%% articles %d/%d events %d | %.0f articles/s %.0f events/s | %.0fs elapsed, ETA %.0fs"
                   % (bar, frac * 100, done, gen.articles, totals["events"], done / el, totals["events"] / el, el, eta))
            sys.stderr.write(("\r" + msg) if tty else (msg + "\n"))
            sys.stderr.flush()
    el = time.monotonic() - t0
    if tty:
        sys.stderr.write("\n")
    totals.update({"seconds": round(el, 1), "articles_per_s": round(totals["received"] / el, 1),
                   "events_per_s": round(totals["events"] / el, 1),
                   "mb_per_s": round(totals["bytes"] / el / 1e6, 2), "first_errors": errors})
    print(json.dumps(totals, ensure_ascii=False))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--events-per-article", type=int, default=10)
    ap.add_argument("--projects", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", help="write NDJSON here ('-' for stdout) instead of posting")
    ap.add_argument("--url", help="service base URL, e.g. http://localhost:8080")
    ap.add_argument("--request-size", type=int, default=200, help="articles per import request (the server commits every 500)")
    ap.add_argument("--progress", type=float, default=5.0, help="seconds between progress lines")
    a = ap.parse_args()
    gen = Generator(a.seed, a.articles, a.events_per_article, a.projects)
    if a.out:
        out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
        for line, _ in gen.lines():
            out.write(line + "\n")
        if out is not sys.stdout:
            out.close()
    elif a.url:
        post_all(gen, a.url, a.request_size, a.progress, a.articles * a.events_per_article)
    else:
        ap.error("give --out or --url")


if __name__ == "__main__":
    main()
