package lookup

import "strings"

// Stage 3, candidates: a year the question dates its act by ("how many
// homes were destroyed in 1977", "what were sales in 2022") restricts
// the answer to that year. A time adjunct is part of the proposition
// asked (Quirk et al., "A Comprehensive Grammar of the English Language",
// on adjuncts of time), so a sentence that neither holds the year nor is
// dated to it by its paragraph or by the article's timeline tells of
// another time: in a news story, of the story's own day, which the
// article dates apart from the year asked.

// askedYears are the years q dates its act by: a bare year after "in" or
// "during", as written.
func askedYears(q *query) []string {
	var ys []string
	for i, t := range q.toks {
		if yearOf(t) == 0 {
			continue
		}
		if i > 0 && (q.toks[i-1].lower == "in" || q.toks[i-1].lower == "during") {
			ys = append(ys, t.lower)
		}
	}
	return ys
}

// inYears reports whether sentence s may tell of every year in ys: its
// paragraph is dated to each.
func (e *Engine) inYears(s *sentence, ys []string) bool {
	for _, y := range ys {
		if !e.paragraphInYear(s, y) {
			return false
		}
	}
	return true
}

// paragraphInYear reports whether the paragraph of s is dated to year y:
// one of its sentences writes the year, the timeline dates an event of it
// in the year ("last year" with a publication date), or, for a paragraph
// that names no year at all, the article was published in it.
func (e *Engine) paragraphInYear(s *sentence, y string) bool {
	other := false
	for i := range e.r.sents {
		p := &e.r.sents[i]
		if p.para != s.para || p.part != s.part {
			continue
		}
		for _, t := range p.toks {
			if yearOf(t) == 0 {
				continue
			}
			if t.lower == y {
				return true
			}
			other = true
		}
	}
	for _, ev := range e.a.Events {
		if !strings.HasPrefix(ev.Date, y) {
			continue
		}
		for _, c := range ev.Citations {
			if c.Paragraph == s.para {
				return true
			}
		}
	}
	return !other && !e.a.Published.IsZero() && e.a.Published.Format("2006") == y
}
