"""Real-shaped web pages written for the tests: an article among the furniture news sites carry."""

from __future__ import annotations

import json

HEADLINE = "Flood barrier holds as river peaks in Dunmore"
PARAGRAPHS = [
    "DUNMORE — The new flood barrier held on Tuesday as the River Arlen peaked at 4.2 metres, "
    "the highest level recorded in the town since 1998, officials said.",
    "About 350 homes were evacuated overnight, according to the county emergency service. "
    "Nobody was hurt.",
    "“We built this wall for exactly this night,” said Maria Costa, the town’s mayor. "
    "“The water came within 30 centimetres of the top.",
    "“It was closer than anyone would like,” she added.",
    "Engineers will inspect the barrier on Wednesday before residents are allowed to return.",
]
RELATED = [
    "Council approves 12 new bus routes for 2025",
    "Three injured in 40-car pile-up on the A9",
    "Ticket prices to rise by 15 per cent, operator says",
    "Record 7,500 runners sign up for the city marathon",
]
COMMENTS = [
    "Great news, but 350 homes is far too many to evacuate every winter.",
    "I counted 2,000 sandbags on my street alone.",
]


def article_page(
    charset_meta: str = "utf-8",
    with_json_ld: bool = True,
    title_tag: str = f"{HEADLINE} | The Arlen Courier",
    extra_head: str = "",
    paragraphs: list[str] = PARAGRAPHS,
) -> str:
    """A news page: cookie banner, navigation, ads, the article, a related-stories list full of
    numbers, reader comments and a footer."""
    json_ld = ""
    if with_json_ld:
        json_ld = '<script type="application/ld+json">' + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": HEADLINE,
                "datePublished": "2024-03-12T23:40:00Z",
                "author": [{"@type": "Person", "name": "Jane Reyes"}],
                "publisher": {"@type": "Organization", "name": "The Arlen Courier"},
            }
        ) + "</script>"
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    related = "\n".join(f'<li><a href="/news/{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    comments = "\n".join(
        f'<div class="comment"><span class="author">reader{i}</span><p>{c}</p></div>' for i, c in enumerate(COMMENTS)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{charset_meta}">
<title>{title_tag}</title>
<meta property="og:site_name" content="The Arlen Courier">
<meta property="og:title" content="{HEADLINE}">
<meta property="article:published_time" content="2024-03-12T23:40:00Z">
<meta name="author" content="Jane Reyes">
{json_ld}
{extra_head}
<script>var ads = [1, 2, 3]; window.track("page 99 of 100");</script>
<style>body {{ font-size: 16px; }}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use 5 types of cookies. <button>Accept all</button></div>
<header class="site-header"><nav class="main-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather: 14°C</a></li></ul></nav></header>
<div class="ad-slot advertisement">Advertisement: 50% off all garden furniture, 3 days only</div>
<main>
<article class="story">
<h1>{HEADLINE}</h1>
<div class="byline">By Jane Reyes</div>
{body}
<figure class="unrelated-promo"><img src="x.jpg"><figcaption>Win 2 tickets to the 2024 festival</figcaption></figure>
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>
{related}
</ul></aside>
<section id="comments" class="comments"><h2>Comments (2)</h2>
{comments}
</section>
</main>
<footer class="site-footer"><p>© 2024 The Arlen Courier. All rights reserved. Registered in England No. 1234567.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body>
</html>
"""
