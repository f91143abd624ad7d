package lookup

import "sort"

// Stage 3, finding candidates: the article's sentences ranked by BM25
// over stems, plus the entities the question names.

// candidate is a sentence scored for a query.
type candidate struct {
	s        int     // index into reading.sents
	score    float64 // BM25 plus entity weight
	coverage float64 // share of the query's term weight the sentence holds
	subjects int     // how many of the query's entities it mentions
	matched  []int   // token indexes that match a query term
}

// BM25 parameters (Robertson and Zaragoza, "The Probabilistic Relevance
// Framework: BM25 and Beyond", 2009: the usual k1 and b).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// rank scores every sentence for q and returns them best first. keep, when
// not nil, filters the sentences considered.
func (e *Engine) rank(q *query, keep func(*sentence) bool) []candidate {
	total := 0.0
	for _, t := range q.terms {
		total += t.weight
	}
	var out []candidate
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if keep != nil && !keep(s) {
			continue
		}
		c := e.score(q, i, total)
		if c.score > 0 {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].score > out[b].score })
	return out
}

// score is one sentence's candidate record.
func (e *Engine) score(q *query, i int, total float64) candidate {
	s := &e.r.sents[i]
	c := candidate{s: i}
	dl := float64(len(s.toks))
	got := 0.0
	for _, t := range q.terms {
		tf := 0.0
		for k, tok := range s.toks {
			if stemsMeet(tok.stem, t.stem) || tok.lower == t.lower {
				tf++
				c.matched = append(c.matched, k)
			}
		}
		if tf == 0 {
			continue
		}
		got += t.weight
		c.score += t.weight * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*dl/e.r.avgDL))
	}
	for _, x := range q.subjects {
		switch {
		case contains(s.named, x):
			c.subjects++
			c.score += 2
		case contains(s.refs, x) || s.speaker == x:
			c.subjects++
			c.score += 1.5
		}
	}
	if total > 0 {
		c.coverage = got / total
	} else {
		c.coverage = 1
	}
	if s.para == 0 {
		c.score *= 0.5 // the headline restates the body; prefer the body's own words
	}
	return c
}
