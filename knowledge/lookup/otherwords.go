package lookup

// A yes stated in other words (part of stage 4, yes/no): the best
// sentence for a yes/no question may hold a word of it only through a
// narrower term ("a profit" is a kind of "gain", to "stab" is to "hurt")
// or, for a thing the article names, through the broader noun it refers
// back to it by ("the event" for the tournament it has named). What is
// true of the narrower term is true of the broader, in a clause that is
// not negated (Cruse, "Lexical Semantics", 1986, ch. 4; Fellbaum,
// "WordNet", 1998, ch. 3); a definite noun phrase with a superordinate
// head reiterates a thing named before (Halliday and Hasan, "Cohesion in
// English", 1976, §6.1). A WordNet synonym is not enough here, as the
// synonyms of a word's frequent senses often stand for another sense.

// maxRestated is how far down the ranking a sentence may stand and still
// be read as stating the question in other words.
const maxRestated = 5

// restatedOr returns c when it holds the question fully, else the
// sentence that states it in other words, if any, and whether a term was
// held only by a narrower word.
func (e *Engine) restatedOr(q *query, keep func(*sentence) bool, c candidate, ok bool) (candidate, bool, bool) {
	if ok && c.coverage >= 0.75 && c.subjects >= len(q.subjects) {
		return c, true, false
	}
	if o, found, narrow := e.statedInOtherWords(q, keep); found && !(narrow && e.denies(&e.r.sents[o.s], o.matched)) {
		return o, true, narrow
	}
	return c, ok, false // a denial is left to the readings of denials ("did not disclose" for "reveal")
}

// statedInOtherWords returns the best of the first ranked candidates
// that names every entity asked about (by name, pronoun or as speaker)
// and holds every content term of q, by the word, a form of it or a
// narrower word, with the tokens that hold them, and whether a term was
// held only by a narrower word (whose denial denies nothing of the
// broader one asked).
func (e *Engine) statedInOtherWords(q *query, keep func(*sentence) bool) (candidate, bool, bool) {
	if g, pronoun := pronounGender(q.toks); e.noLex || q.negated || pronoun && g != 0 && len(q.subjects) == 0 {
		return candidate{}, false, false // "is he locked up": no one the pronoun refers to
	}
	for k, c := range e.rank(q, keep) {
		if k == maxRestated {
			break
		}
		if !namesEvery(&e.r.sents[c.s], q.subjects) || len(q.subjects) > 0 && !e.holds(q, candidate{s: c.s, subjects: c.subjects, coverage: 1}) {
			continue
		}
		if matched, narrow, ok := e.heldInOtherWords(q, &e.r.sents[c.s]); ok {
			c.matched, c.coverage = matched, 1
			return c, true, narrow
		}
	}
	return candidate{}, false, false
}

// namesEvery reports whether s names each of the entities xs, or refers
// to it by a pronoun or as its speaker: a place the question names is
// not taken as the sentence's setting here, as in "did he injure anyone on
// Main Street" it says which act is asked.
func namesEvery(s *sentence, xs []int) bool {
	for _, x := range xs {
		if !contains(s.named, x) && !contains(s.refs, x) && s.speaker != x {
			return false
		}
	}
	return true
}

// heldInOtherWords reports whether s holds every content term of q (light
// verbs take their meaning from their objects and need not be held), and
// returns the tokens holding them and whether one was held only by a
// narrower word.
func (e *Engine) heldInOtherWords(q *query, s *sentence) ([]int, bool, bool) {
	var matched []int
	narrow := false
	for _, t := range q.terms {
		if lightVerbs[t.lower] {
			continue
		}
		at := termHeldAt(s, t)
		if len(at) == 0 && !e.classifiesNoun(q, t) {
			at = e.narrowerAt(s, t)
			if len(at) == 0 {
				at = e.adjectiveGenusAt(s, t) // "legal": "allowed by official rules" (genusadjective.go)
			}
			if len(at) == 0 {
				at = e.sharedVerbSenseAt(q, s, t) // "backs" for "support": one sense (sharedsense.go)
			}
			narrow = true
		}
		if len(at) == 0 {
			return nil, false, false
		}
		matched = append(matched, at...)
	}
	return matched, narrow, len(matched) > 0
}

// classifiesNoun reports whether the question's word for t stands before a
// noun, as the classifier of a compound ("district attorney"): a noun
// premodifier says which kind the head names (Quirk et al., "A
// Comprehensive Grammar", §17.104–17.108), so a narrower word for it alone
// ("state" is a kind of district) names another kind of the head. A word
// of a name the question gives is no common noun for it to classify:
// before "Dolby" in "does the board support dolby" the word is the verb
// and the name its object (§5.60–5.66: a proper noun names one referent,
// not a kind a classifier could narrow).
func (e *Engine) classifiesNoun(q *query, t term) bool {
	for i := 0; i+1 < len(q.toks); i++ {
		next := q.toks[i+1].lower
		if q.nameToks[i+1] {
			continue
		}
		if q.toks[i].lower == t.lower && !stopWords[next] && e.canBe(next, "noun") && !e.canBe(next, "verb") {
			return true
		}
	}
	return false
}

// termHeldAt returns the tokens of s that are a form of t's own word, or
// of its word family or the phrase a phrasal verb means. A synonym
// WordNet gives for the word in one of its senses is not enough: it
// stands for the word in another sense as often ("killed" and
// "defeating", "hurt" and "weakening"), which ranking allows for by
// weighing it less.
func termHeldAt(s *sentence, t term) []int {
	var out []int
	for k, tok := range s.toks {
		if t.sameWord(tok) || (t.derived || t.phrasal) && (t.matches(tok) || t.phraseAt(s.toks, k)) {
			out = append(out, k)
		}
	}
	return out
}

// narrowerAt returns the tokens of s, outside quotations, that name a
// kind or a manner of the question's word, or, as a definite noun phrase,
// a broader noun for the thing it names when the article names that thing
// by the word too ("the event" for "tournament").
func (e *Engine) narrowerAt(s *sentence, t term) []int {
	var out []int
	for k, tok := range s.toks {
		if s.quoted[k] || stopWords[tok.lower] || auxiliaries[tok.lower] {
			continue
		}
		if e.narrowerVerbAt(s, k, t) {
			out = append(out, k) // "set up" for "establish": a light verb whose particle makes it another verb
			continue
		}
		if lightVerbs[tok.lower] {
			continue
		}
		if e.lex.Narrower(tok.lower, t.lower) || e.reiterates(s, k, t) {
			out = append(out, k)
		}
	}
	return out
}

// reiterates reports whether token k of s heads a definite noun phrase
// ("the event", not "the whole plan") whose noun is broader than the
// question's word, for a thing the article itself names by that word or
// by a word of the same or a narrower meaning ("tournament" for
// "tourney"), not one merely related to it.
func (e *Engine) reiterates(s *sentence, k int, t term) bool {
	if k == 0 || !t.known || t.weak || !definiteDeterminers[s.toks[k-1].lower] || !e.canBe(s.toks[k].lower, "noun") {
		return false
	}
	if k+1 < len(s.toks) && !stopWords[s.toks[k+1].lower] && e.canBe(s.toks[k+1].lower, "noun") && !commaBetween(s, k, k+1) {
		return false // a premodifier, not the head
	}
	head := s.toks[k].lower
	if e.r.vocab[t.stem] && e.lex.Narrower(t.lower, head) {
		return true
	}
	for _, a := range t.alts {
		if e.lex.Narrower(a, head) && e.lex.Narrower(a, t.lower) {
			return true
		}
	}
	return false
}

// definiteDeterminers open a noun phrase that refers back to a thing
// already named: the definite article and the demonstratives (Quirk et
// al., "A Comprehensive Grammar", §5.27–5.34).
var definiteDeterminers = set("the", "this", "that", "these", "those")
