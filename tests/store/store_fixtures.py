"""Data of the store tests: short Arabic articles written for these tests, and generated ones."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Written for these tests. Spelling variants on purpose: الأميركية / الأمريكية, والعراق / بالعراق.
ARTICLES = [
    {
        "id": "t-baghdad",
        "title": "وزير الخارجية الأميركي يصل إلى بغداد",
        "source": "وكالة الرافدين",
        "published": "2024-05-02",
        "text": "بغداد - وصل وزير الخارجية الأميركي أنتوني بلينكن إلى بغداد يوم الخميس في زيارة لم يعلن عنها مسبقا. "
        "وقال بلينكن في مؤتمر صحفي إن الولايات المتحدة ستواصل دعم الحكومة العراقية. "
        "وأكدت السفارة الأميركية أن الزيارة تتناول العلاقات بين واشنطن والعراق.",
    },
    {
        "id": "t-oil",
        "title": "ارتفاع صادرات النفط",
        "source": "نبض الطاقة",
        "published": "2024-06-10",
        "text": "ارتفعت صادرات النفط بالعراق إلى 3.4 مليون برميل يوميا في أيار، بحسب وزارة النفط. "
        "وقالت الوزارة في بيان إن الإيرادات بلغت نحو 8 مليارات دولار. "
        "وفرضت وزارة الخزانة الأمريكية عقوبات جديدة على شركات نقل في المنطقة.",
    },
    {
        "id": "t-amman",
        "title": "الصفدي يدعو إلى وقف إطلاق النار",
        "source": "وكالة المشرق للأنباء",
        "published": "2024-03-14",
        "text": "عمان - دعا وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء إلى وقف فوري لإطلاق النار في قطاع غزة. "
        "وقال الصفدي إن الأردن سيواصل العمل مع شركائه حتى تتوقف الحرب. "
        "وأضاف أن المساعدات الإنسانية يجب أن تصل إلى أكثر من مليوني فلسطيني.",
    },
]

#: ``t-amman`` as another outlet republished it: dateline and one sentence changed, one added.
SYNDICATED = {
    "id": "t-amman-copy",
    "title": "الصفدي يدعو إلى وقف إطلاق النار في غزة",
    "source": "صحيفة الغد",
    "published": "2024-03-15",
    "text": "عمان (الغد) - دعا وزير الخارجية الأردني أيمن الصفدي يوم الثلاثاء إلى وقف فوري لإطلاق النار في قطاع غزة. "
    "وقال الصفدي إن الأردن سيواصل العمل مع شركائه حتى تتوقف الحرب. "
    "وأضاف أن المساعدات الإنسانية يجب أن تصل إلى أكثر من مليوني فلسطيني. "
    "ويأتي ذلك في إطار جولة يقوم بها الوزير في المنطقة.",
}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def example_sentences() -> list[str]:
    """Sentences of the bundled example articles (examples/), for generating articles."""
    texts = [json.loads(line)["text"] for line in (ROOT / "examples" / "news.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    texts.append((ROOT / "examples" / "summit.txt").read_text(encoding="utf-8"))
    out = []
    for t in texts:
        for s in re.split(r"(?<=[.!؟])\s+", t):
            s = s.strip()
            if 40 <= len(s) <= 400:
                out.append(s)
    return out


def generated_articles(n: int, seed: int = 7) -> list[dict]:
    """``n`` different articles of 3 sentences each, drawn from the examples."""
    rng = random.Random(seed)
    pool = example_sentences()
    seen, out = set(), []
    while len(out) < n:
        text = " ".join(rng.sample(pool, 3))
        if text in seen:
            continue
        seen.add(text)
        out.append({"id": f"gen-{len(out):04d}", "published": f"2024-{1 + len(out) % 12:02d}-{1 + len(out) % 28:02d}", "text": text})
    return out
