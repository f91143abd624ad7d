package lookup

import (
	"slices"
	"strings"
	"unicode"
)

// A common noun capitalised before a figure names one member of a series
// ("Flight 2217", "Runway 27", "Gate 12"): AP style capitalises the noun
// used with a figure to form a name (AP Stylebook, "numerals"; Huddleston
// & Pullum 2002, ch. 5, numerals as post-head identifiers, as
// identifierHeads reads them). Such a designation answers "what flight
// was it", "which runway did it slide off": it says which one.

// A designation's noun may be a kind of the noun asked: "Interstate 80"
// names a road, as an interstate is a kind of road (WordNet hypernyms).
// A kind is read only in the sentences that hold the rest of the
// question, where the act asked pins the thing down.

// designated answers a which-question about noun with the designation the
// best sentence for the rest of the question gives it, else the one
// designation of it or of a kind of it the sentences near (those that
// hold the rest of the question) give, or, when the question says nothing
// more of the thing (bare), with the one designation of that noun the
// article gives.
func (e *Engine) designated(q *query, best *sentence, near []*sentence, bare bool) (reply, bool) {
	if bare {
		all := make([]*sentence, len(e.r.sents))
		for i := range e.r.sents {
			all[i] = &e.r.sents[i]
		}
		return e.oneDesignation(q.whichNoun, all, false)
	}
	if best == nil {
		return reply{}, false
	}
	if ds := e.designationsIn(best, q.whichNoun, false); len(ds) > 0 {
		if plural(q.whichNoun) {
			return reply{found: true, head: joinNames(slices.Compact(ds)) + ".", used: []*sentence{best}}, true // "which interstates": "Interstate 94 … and Interstate 29"
		}
		return reply{found: true, head: ds[0] + ".", used: []*sentence{best}}, true
	}
	return e.oneDesignation(q.whichNoun, near, true)
}

// oneDesignation answers with the designation of noun (or, with kinds, of
// a kind of it) the sentences ss give, when they give one and only one.
func (e *Engine) oneDesignation(noun string, ss []*sentence, kinds bool) (reply, bool) {
	found, at := "", (*sentence)(nil)
	for _, s := range ss {
		for _, d := range e.designationsIn(s, noun, kinds) {
			if found != "" && d != found {
				return reply{}, false // two flights: which one the question means it does not say
			}
			if found == "" {
				found, at = d, s
			}
		}
	}
	if at == nil {
		return reply{}, false
	}
	return reply{found: true, head: found + ".", used: []*sentence{at}}, true
}

// designationsIn are the designations of noun in s: the noun (or, with
// kinds, a kind of it) capitalised, and a figure right after it ("Flight
// 2217", "Runway 27L", "Interstate 80" for a road). As a sentence's first
// word the noun is capitalised whatever it is, but a singular count noun
// with no determiner can only be a name there ("Flight 1482, a Boeing
// 737, landed": Quirk et al. 1985, ch. 5 on singular count nouns,
// which take a determiner), so a plural one is left out.
func (e *Engine) designationsIn(s *sentence, noun string, kinds bool) []string {
	var out []string
	for i, t := range s.toks {
		if !t.cap || i+1 >= len(s.toks) || sentenceStart(s, i) && plural(t.lower) || !e.designationOf(t.lower, noun, kinds) {
			continue
		}
		n := s.toks[i+1]
		if n.start != t.end+1 || n.text == "" || !unicode.IsDigit(rune(n.text[0])) || strings.ContainsAny(n.text, ",.:$%") {
			continue
		}
		if measuredFigure(s.toks, i+1) {
			continue // "the Mahoning River 8 miles downstream": the figure measures, it names no River 8
		}
		out = append(out, s.text[t.start:n.end])
	}
	return out
}

// designationOf reports whether head, a designation's noun, is noun or,
// with kinds, a kind of it.
func (e *Engine) designationOf(head, noun string, kinds bool) bool {
	head, noun = singular(head), singular(noun)
	return head == noun || kinds && !e.noLex && e.lex.Narrower(head, noun)
}

// measuredFigure reports whether the figure at k is followed by a unit of
// measure ("8 miles", "40 minutes"): a cardinal before its head noun
// quantifies that noun (Quirk et al., §5.9, cardinal numerals as
// premodifying quantifiers), so the figure begins a measure phrase and is
// no post-head identifier of the capitalised noun before it ("flows into
// the Mahoning River 8 miles downstream"). Units are those of
// measureUnits (NIST SP 811 and Handbook 44) other than a document's
// pages, which also name parts ("Page 3 story").
func measuredFigure(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	d := measureUnits[toks[k+1].lower]
	return d != "" && d != "extent"
}
