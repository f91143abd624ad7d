package lookup

// Stage 3, candidates: a year premodifying the question's noun ("how
// long did the 1954 rebuild take", "how many died in the 2019 flood")
// dates the event the noun names, as "the rebuild in 1954" would: a noun
// phrase may turn a clause's time adjunct into a premodifier (Quirk et
// al. 1985, §17.104ff on premodification by nouns, a date among them).
// Unlike a time adjunct ("in 1954", askedyear.go) the premodified noun is
// often the story's own event, which a paragraph need not date again
// ("the 2024 fire" in a story that writes its year only once), so the
// year rules out only a paragraph that writes years, none of them this
// one: that paragraph tells of another time.

// premodifyingYears are the years that stand between a determiner (or a
// possessive) and a word of the question: "the 1954 rebuild", "their
// 2019 season".
func premodifyingYears(q *query) []string {
	var ys []string
	for i, t := range q.toks {
		if yearOf(t) == 0 || i == 0 || i+1 >= len(q.toks) {
			continue
		}
		p, n := q.toks[i-1], q.toks[i+1]
		if !determiners[p.lower] && !possessiveDeterminers[p.lower] && !p.poss {
			continue
		}
		if stopWords[n.lower] || yearOf(n) != 0 || !isWordToken(n) {
			continue
		}
		ys = append(ys, t.lower)
	}
	return ys
}

// otherYearsOnly reports whether the paragraph of s writes a year and
// is dated to none of ys (paragraphInYear).
func (e *Engine) otherYearsOnly(s *sentence, ys []string) bool {
	if !e.paragraphWritesYear(s) {
		return false
	}
	for _, y := range ys {
		if e.paragraphInYear(s, y) {
			return false
		}
	}
	return true
}

// paragraphWritesYear reports whether a sentence of s's paragraph writes
// a year; the paragraphs that do are read once per article.
func (e *Engine) paragraphWritesYear(s *sentence) bool {
	e.yearParasOnce.Do(func() {
		e.yearParas = map[yearPara]bool{}
		for i := range e.r.sents {
			p := &e.r.sents[i]
			for _, t := range p.toks {
				if yearOf(t) != 0 {
					e.yearParas[yearPara{p.part, p.para}] = true
				}
			}
		}
	})
	return e.yearParas[yearPara{s.part, s.para}]
}

// yearPara names a paragraph: its part of the article and its number.
type yearPara struct {
	part string
	para int
}
