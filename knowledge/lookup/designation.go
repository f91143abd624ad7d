package lookup

import (
	"strings"
	"unicode"
)

// A common noun capitalised before a figure names one member of a series
// ("Flight 2217", "Runway 27", "Gate 12"): AP style capitalises the noun
// used with a figure to form a name (AP Stylebook, "numerals"; Huddleston
// & Pullum 2002, ch. 5, numerals as post-head identifiers, as
// identifierHeads reads them). Such a designation answers "what flight
// was it", "which runway did it slide off": it says which one.

// designated answers a which-question about noun with the designation the
// best sentence for the rest of the question gives it, or, when the
// question says nothing more of the thing (bare), with the one
// designation of that noun the article gives.
func (e *Engine) designated(q *query, best *sentence, bare bool) (reply, bool) {
	if !bare {
		if best == nil {
			return reply{}, false
		}
		if d := designationIn(best, q.whichNoun); d != "" {
			return reply{found: true, head: d + ".", used: []*sentence{best}}, true
		}
		return reply{}, false
	}
	found, at := "", (*sentence)(nil)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, d := range designationsIn(s, q.whichNoun) {
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

// designationIn is the first designation of noun in s, or "".
func designationIn(s *sentence, noun string) string {
	if ds := designationsIn(s, noun); len(ds) > 0 {
		return ds[0]
	}
	return ""
}

// designationsIn are the designations of noun in s: the noun
// capitalised, not as the sentence's first word, and a figure right after
// it ("Flight 2217", "Runway 27L").
func designationsIn(s *sentence, noun string) []string {
	var out []string
	for i, t := range s.toks {
		if !t.cap || i+1 >= len(s.toks) || sentenceStart(s, i) || singular(t.lower) != singular(noun) {
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
