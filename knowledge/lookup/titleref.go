package lookup

import "strings"

// Works on second reference (part of reading): AP style names a book,
// film, play, album or other work by its title in quotation marks (AP
// Stylebook, "composition titles") and then refers back to it by "the"
// and a noun saying what it is ("The film, starring Marcus Elden, drew
// mixed reviews"; "the novel") or by "it" opening the next sentence. A
// definite noun phrase and a pronoun in subject position refer back to the
// topic of the sentence before, the entity that sentence is about, before
// a nearer entity it mentions in passing (Grosz, Joshi and Weinstein,
// "Centering", Computational Linguistics 21(2), 1995: the subject ranks
// first among a sentence's forward-looking centres; Halliday and Hasan,
// "Cohesion in English", 1976, §2.4 on reference). So a sentence that says
// "the film" or opens with "It" and does not name a work refers to the
// titled work the sentence before it is about: the first the sentence
// names, or the one it refers to so. "It" looks back within its paragraph
// only; a noun phrase, which says what it refers to, across a paragraph's
// end too.
//
// A noun names a work when WordNet files it under movie, show, writing,
// creation or music ("film", "novel", "play", "album", "song"), or when the
// article itself sets it right before a title ("the animated comedy
// "Pickle and the Pirate King"").

// workKinds are the WordNet nouns whose kinds name works.
var workKinds = []string{"movie", "show", "writing", "creation", "music"}

// resolveWorks adds to the refs of each body sentence the titled work it
// refers back to by "the" and a work noun or by an opening "It".
func (e *Engine) resolveWorks() {
	works := e.r.titledEntities()
	if len(works) == 0 {
		return
	}
	kinds := e.titleKindNouns()
	prev, para := -1, -1 // the work the sentence before is about, and its paragraph
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		topic := firstWork(s, works)
		if topic < 0 && prev >= 0 && (e.refersToWork(s, kinds) || para == s.para && opensWithIt(s)) && !contains(s.refs, prev) {
			s.refs = append(s.refs, prev)
			topic = prev
		}
		if topic < 0 && prev >= 0 && contains(s.refs, prev) {
			topic = prev
		}
		prev, para = topic, s.para
	}
}

// firstWork is the first titled work s names, or -1.
func firstWork(s *sentence, works map[int]bool) int {
	for _, x := range s.named {
		if works[x] {
			return x
		}
	}
	return -1
}

// opensWithIt reports whether s opens with "It" and a verb other than a
// form of "be", which may anticipate an extraposed clause (Quirk et al.
// §18.33).
func opensWithIt(s *sentence) bool {
	return len(s.toks) > 1 && s.toks[0].lower == "it" && !s.quoted[0] && !itBeForms[s.toks[1].lower]
}

// refersToWork reports whether s, outside quotation marks, says "the"
// and, within three words with nothing between them, a noun naming a
// work that heads its phrase: no noun follows it ("the film industry" is
// an industry).
func (e *Engine) refersToWork(s *sentence, kinds map[string]bool) bool {
	for k := 0; k < len(s.toks); k++ {
		if s.toks[k].lower != "the" || s.quoted[k] {
			continue
		}
		for h := k + 1; h < len(s.toks) && h <= k+4 && !s.quoted[h]; h++ {
			if h > k+1 && strings.TrimSpace(s.text[s.toks[h-1].end:s.toks[h].start]) != "" {
				break
			}
			if !s.toks[h].cap && e.isWorkNoun(s.toks[h].lower, kinds) && e.headsPhrase(s, h) {
				return true
			}
		}
	}
	return false
}

// isWorkNoun reports whether w names a work (see workKinds).
func (e *Engine) isWorkNoun(w string, kinds map[string]bool) bool {
	n := singular(w)
	if kinds[n] {
		return true
	}
	if e.noLex {
		return false
	}
	for _, k := range workKinds {
		if e.lex.KindOf(n, k) {
			return true
		}
	}
	return false
}

// headsPhrase reports whether token h ends its noun phrase: the sentence
// ends or a mark follows it, or the next word is no noun as written.
func (e *Engine) headsPhrase(s *sentence, h int) bool {
	if h+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[h].end:s.toks[h+1].start]) != "" {
		return true
	}
	return !e.nounOnlyForm(s.toks[h+1].lower)
}

// titledEntities are the entities the article names by a title in
// quotation marks: some mention of the entity, with "the" before it or
// not, fills a quotation from its opening mark to its closing one.
func (r *reading) titledEntities() map[int]bool {
	out := map[int]bool{}
	for i := range r.sents {
		s := &r.sents[i]
		for _, x := range s.named {
			if !out[x] && r.quotedWhole(s, x) {
				out[x] = true
			}
		}
	}
	return out
}

// quotedWhole reports whether a form of entity x in s is a whole
// quotation.
func (r *reading) quotedWhole(s *sentence, x int) bool {
	for i := range s.toks {
		for _, f := range r.ents[x].forms {
			if !matchForm(s.toks, i, f) || !s.toks[i].cap {
				continue
			}
			a, b := i, i+len(f)
			if a > 0 && s.toks[a-1].lower == "the" && s.toks[a-1].cap {
				a-- // "The Quiet Floor": the article is part of the title
			}
			if opensQuote(s, a) && closingMarkAfter(s, b) {
				return true
			}
		}
	}
	return false
}

// closingMarkAfter reports whether a quotation mark closes right after
// token b-1.
func closingMarkAfter(s *sentence, b int) bool {
	to := len(s.text)
	if b < len(s.toks) {
		to = s.toks[b].start
	}
	return strings.ContainsAny(s.text[s.toks[b-1].end:to], "\"”")
}

// titleKindNouns are the lower-case nouns the article writes right before
// an opening quotation mark ("the animated comedy "Pickle…""): the noun
// a title is apposed to says what kind of work it is (Quirk et al.,
// §17.65).
func (e *Engine) titleKindNouns() map[string]bool {
	out := map[string]bool{}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for a := 1; a < len(s.toks); a++ {
			p := s.toks[a-1]
			if !s.quoted[a] || s.quoted[a-1] || !s.toks[a].cap || p.cap || !isQuoteMark(strings.TrimSpace(s.text[p.end:s.toks[a].start])) {
				continue
			}
			if e.isNoun(p) && !e.canBe(p.lower, "verb") {
				out[singular(p.lower)] = true
			}
		}
	}
	return out
}

// isQuoteMark reports whether g is one opening quotation mark alone.
func isQuoteMark(g string) bool { return g == "\"" || g == "“" }

// opensQuote reports whether a quotation mark stands right before token a.
func opensQuote(s *sentence, a int) bool {
	from := 0
	if a > 0 {
		from = s.toks[a-1].end
	}
	return strings.ContainsAny(s.text[from:s.toks[a].start], "\"“")
}
