package lookup

import (
	"slices"
	"sort"
)

// Stage 3, finding candidates: the article's sentences ranked by BM25
// over stems, plus the entities the question names.

// leadWeight favours early paragraphs among otherwise equal candidates.
const leadWeight = 0.4

// previous is the sentence before i in the same paragraph, or nil.
func (e *Engine) previous(i int) *sentence {
	if i == 0 || e.r.sents[i-1].para != e.r.sents[i].para || e.r.sents[i].para == 0 {
		return nil
	}
	return &e.r.sents[i-1]
}

// candidate is a sentence scored for a query.
type candidate struct {
	s        int     // index into reading.sents
	score    float64 // BM25 plus entity weight
	coverage float64 // share of the query's term weight the sentence holds
	synonyms float64 // the share it holds by synonyms, which coverage counts at half weight
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
		total += t.heldWeight()
	}
	var out []candidate
	years, things, pastYear := askedYears(q), e.placedThings(q), asksPastYear(q)
	premod := premodifyingYears(q)
	var ownLead *sentence
	if pastYear {
		ownLead = e.weekdayLead()
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if keep != nil && !keep(s) || q.marked != "" && s.holdsMarked(q.marked) {
			continue // "the men's race": not the women's
		}
		if len(years) > 0 && !e.inYears(s, years) {
			continue // "how many died in 1977": not the story's own flood
		}
		if len(premod) > 0 && e.otherYearsOnly(s, premod) {
			continue // "the 1954 rebuild": not a paragraph of 1868 and 2021 (premodifieryear.go)
		}
		if pastYear && e.pastYearExcludes(s) {
			continue // "who won last year": not "won on Saturday"
		}
		if len(things) > 0 && e.placedElsewhere(s, things) {
			continue // "the alder falls plant": not "a plant in Carver"
		}
		c := e.score(q, i, total)
		if undatedOwnAct(ownLead, s, c.matched) {
			continue // "who won last year": not "Vasquez won $12,500." under Thursday's lead (undatedownact.go)
		}
		if c.score > 0 {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].score > out[b].score })
	return out
}

// heldWeight is the weight of t a sentence's coverage counts: none for a
// word of a where-question's clause of time, which only ranks
// (timeclauseanchor.go).
func (t term) heldWeight() float64 {
	if t.given {
		return 0
	}
	return t.weight
}

// termIn returns how often sentence s holds term t, whether it holds it
// directly rather than by a synonym, and the positions that anchor it
// (ownOrAll).
func (e *Engine) termIn(q *query, t term, s *sentence, named bool) (tf float64, direct bool, anchors []int) {
	var at, own []int
	ownWord := t.byKind && slices.ContainsFunc(s.toks, t.sameWord) // "212 passengers …, and four people were treated": the question's own noun, not its kinds (peoplebykind.go)
	for k, tok := range s.toks {
		if ownWord && !t.sameWord(tok) {
			continue
		}
		if t.matches(tok) && !e.idiomWithParticle(q, t, s.toks, k) && !pastReportFor(q, t, tok) {
			tf += nameWordWeight(q, s, k, named) // "Gilmore Funeral Home" is weak evidence of a funeral (nameword.go)
			at = append(at, k)
			direct = direct || t.sameWord(tok) || t.entailedBy(tok)
		} else if t.phraseAt(s.toks, k) {
			tf++
			at = append(at, k)
			direct = direct || t.derived || t.entailing // a synonym's phrase is a synonym; a kind of the act is the act
		}
		if t.ownAt(s.toks, k) {
			own = append(own, k)
		}
	}
	return tf, direct, ownOrAll(q, own, at)
}

// score is one sentence's candidate record.
func (e *Engine) score(q *query, i int, total float64) candidate {
	s := &e.r.sents[i]
	c := candidate{s: i}
	dl := float64(len(s.toks))
	got, bySyn := 0.0, 0.0
	prev := e.previous(i)
	named := nameOnlyMatches(q, s)
	for _, t := range q.terms {
		tf, direct, at := e.termIn(q, t, s, named)
		c.matched = append(c.matched, at...)
		if tf == 0 {
			if k := e.priceHeldBySum(q, s, t); k >= 0 {
				tf, direct = 1, true // "a $6.8 million restoration" states what it cost (pricedfigure.go)
				c.matched = append(c.matched, k)
			}
		}
		if tf > 0 && !direct && !t.phrasal && !t.derived {
			got -= t.heldWeight() / 2 // a synonym is weaker evidence than the word itself
			if !t.weak {
				bySyn += t.heldWeight() // a synonym proper, not a word one WordNet link away
			}
		}
		if tf == 0 {
			if prev != nil && prev.hasTerm(t) || e.headlineHolds(q, t) && s.para > 0 || e.leadUnderHeadline(i, t) {
				// the sentence before, which "it" or "one" here refers back to,
				// or the headline naming the matter a tally was taken on
				got += t.heldWeight() / 2
				c.score += t.heldWeight() / 4
			}
			continue
		}
		got += t.heldWeight()
		c.score += t.weight * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*dl/e.r.avgDL))
	}
	c.score += continuingWeight(q, s, total, len(c.matched) > 0) // "how many are still closed": "11 are still closed", not the lead's figure (continuing.go)
	if s.para > 0 {
		c.score += leadWeight / float64(s.para) // the inverted pyramid: news puts the main facts first
	}
	for _, x := range q.subjects {
		switch {
		case contains(s.named, x):
			c.subjects++
			c.score += 2
		case contains(s.refs, x) || s.speaker == x:
			c.subjects++
			c.score += 1.5
		case contains(q.context, x) && e.sceneSet(x, i):
			c.subjects++ // the setting need not be named again
		case e.definiteAnaphor(q, x, i):
			c.subjects++ // "The charge was filed by …" after "Ruiz was charged" (definiteanaphor.go)
			c.score += 1
		}
	}
	if total > 0 {
		c.coverage, c.synonyms = got/total, bySyn/total
	} else {
		c.coverage = 1
	}
	if s.para == 0 {
		c.score *= 0.5 // the headline restates the body; prefer the body's own words
	}
	return c
}

// matches reports whether a token is a form of the term or of one of its
// synonyms.
func (t term) matches(tok token) bool {
	if t.sameWord(tok) {
		return true
	}
	if t.ordinalPlural(tok) {
		return false // nor by a synonym's stem ("seconds", goods, is a WordNet noun)
	}
	for _, a := range t.alts {
		if tok.meets(a) {
			return true
		}
	}
	return false
}

// hasTerm reports whether the sentence holds the term.
func (s *sentence) hasTerm(t term) bool {
	for _, tok := range s.toks {
		if t.matches(tok) {
			return true
		}
	}
	return false
}

// phraseAt reports whether one of the term's multi-word forms starts at
// token k ("dropped out" for "dropout").
func (t term) phraseAt(toks []token, k int) bool {
	for _, p := range t.phrases {
		if k+len(p) > len(toks) {
			continue
		}
		ok := true
		for j, st := range p {
			ok = ok && (toks[k+j].meets(st) || toks[k+j].lower == st)
		}
		if ok {
			return true
		}
	}
	return false
}

// sameWord reports whether a token is a form of the term's own word: of
// its base form, or of the form as written.
func (t term) sameWord(tok token) bool {
	if t.phrasal {
		return false // a phrasal verb is its whole phrase (phraseAt) or a synonym of it
	}
	if t.ordinalPlural(tok) {
		return false
	}
	return tok.meets(t.stem) || tok.lower == t.lower || t.written != "" && tok.meets(t.written)
}

// ordinalPlural reports whether t is an ordinal and tok its plural:
// "came second" is no "51 seconds", as an ordinal has no plural and the
// plural is the noun (Quirk et al. 1985, §6.64).
func (t term) ordinalPlural(tok token) bool {
	_, ordinal := ordinalWords[t.lower]
	return ordinal && tok.lower == t.lower+"s"
}

// leadUnderHeadline reports whether sentence i is the lead, the first
// sentence of the body, and the headline holds t: a headline summarises
// the lead in fewer words (AP Stylebook, "headlines"; the inverted
// pyramid), so the lead tells the event the headline names in its own
// words ("Fishermen rescued" over "a Coast Guard helicopter pulled them
// from the sea"), as a sentence refers back to the one before it.
func (e *Engine) leadUnderHeadline(i int, t term) bool {
	if i == 0 || t.weak || e.r.sents[i].para != 1 || e.r.sents[i-1].para != 0 {
		return false // a word one WordNet link from the headline's ("heat" of "cold snap") names nothing it tells
	}
	for k := range e.r.sents[:i] {
		h := &e.r.sents[k]
		for _, at := range termAt(h, t) {
			if !isTitleWord(h.toks[at].lower) || at+1 == len(h.toks) || !h.toks[at+1].cap {
				return true // a title before a name is part of the name ("Senator Jeff Sessions"), no event
			}
		}
	}
	return false
}
