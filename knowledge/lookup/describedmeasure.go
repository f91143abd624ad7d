package lookup

import "slices"

// A thing is afterwards called by the noun of its class with the
// definite article ("the Skywatch-7 weather satellite" … "The
// 11,400-pound satellite will fire its thrusters"; "Comet Brandt-Okuda"
// … "The comet … passed within 15 million miles of Earth"): an
// anaphoric definite noun phrase refers back to the thing most in view
// (Quirk et al., §5.32, the anaphoric use of "the"). A thing the
// headline or lead names is in view through the whole story; one named
// later, through the rest of its paragraph. A measure premodifying that
// definite description, or predicated of it in the sentence it opens as
// subject, is the thing's own measure.

// describedMeasure answers "how ADJ is X" (or "how much does X weigh")
// when no sentence holds X beside a measure: with the measure of X's
// class noun in a definite description, in a unit of the dimension
// asked, in a sentence that holds the question's other words.
func (e *Engine) describedMeasure(q *query) (reply, bool) {
	if q.measure == "" || len(q.subjects) > 1 {
		return reply{}, false // a name's kind is not asked: a thing's name that begins with a capitalised noun may read as a person's ("Comet Brandt-Okuda")
	}
	if len(q.subjects) == 0 && len(q.terms) == 0 {
		return e.topicMeasure(q)
	}
	for i := range e.r.sents {
		heads, rest := e.classNouns(q, &e.r.sents[i])
		if len(heads) == 0 {
			continue
		}
		if r, ok := e.epithetMeasure(q, i, rest); ok && !e.laterObjectNamed(q, &e.r.sents[i]) {
			return r, true
		}
		for j := i + 1; j < len(e.r.sents); j++ {
			s := &e.r.sents[j]
			if s.part != "" || e.r.sents[i].para > 1 && s.para != e.r.sents[i].para {
				continue
			}
			if slices.ContainsFunc(rest, func(t term) bool { return !s.hasTerm(t) }) || e.statesOppositeAdjective(q, s) {
				continue
			}
			for _, head := range heads {
				if n, ok := definiteMeasure(s, head, q.measure); ok {
					return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}

// classNouns are the nouns that may head a definite description of the
// thing the question names, where s names it: the common nouns right
// after the name ("Skywatch-7 weather satellite": weather, satellite) and
// a common noun the name holds ("Comet Brandt-Okuda": comet); a
// headline's verb may read as a noun too ("reaches"), but no measure
// premodifies it. rest are the question's words besides the name, which
// the sentence giving the measure must hold.
func (e *Engine) classNouns(q *query, s *sentence) (heads []string, rest []term) {
	from, end := -1, -1
	if len(q.subjects) == 1 {
		for k := range s.toks {
			for _, f := range e.r.ents[q.subjects[0]].forms {
				if from < 0 && matchForm(s.toks, k, f) {
					from, end = k, k+len(f)
				}
			}
		}
		rest = q.terms
	} else {
		from, end = termRun(q, s)
	}
	if from < 0 {
		return nil, nil
	}
	for k := from; k < end; k++ {
		if l := s.toks[k].lower; !stopWords[l] && e.canBe(l, "noun") && e.lex.IsWord(l) {
			heads = append(heads, l)
		}
	}
	for k := end; k < len(s.toks) && k < end+3; k++ {
		t := s.toks[k]
		if t.cap && s.part == "" || stopWords[t.lower] || !e.canBe(t.lower, "noun") || punctuatedBetween(s.text, s.toks, k) {
			break
		}
		heads = append(heads, t.lower)
	}
	return heads, rest
}

// termRun is the span of a run of tokens of s that holds every term of
// q and nothing else ("Skywatch-7" for "skywatch 7"), or -1, -1.
func termRun(q *query, s *sentence) (int, int) {
	for k := range s.toks {
		seen := map[int]bool{}
		j := k
		for ; j < len(s.toks); j++ {
			hit := false
			for x, t := range q.terms {
				if t.matches(s.toks[j]) {
					seen[x], hit = true, true
				}
			}
			if !hit {
				break
			}
		}
		if j > k && len(seen) == len(q.terms) {
			return k, j
		}
	}
	return -1, -1
}

// definiteMeasure is a measure in a unit of the dimension asked that
// premodifies head after "the" ("The 11,400-pound satellite"), or that
// is the complement of a verb of measuring or premodifies the adjective
// asked in a sentence "The head" opens as its subject ("The satellite
// weighs 11,400 pounds", "The satellite is 60 feet long").
func definiteMeasure(s *sentence, head, adj string) (quantity, bool) {
	opens := len(s.toks) > 1 && s.toks[0].lower == "the" && s.toks[1].lower == head
	for _, n := range s.nums {
		if n.kind != qCount || !fitsMeasure(adj, n.unit) {
			continue
		}
		before := n.tok - 1
		if n.tok > 0 && numberApproximators[s.toks[before].lower] {
			before--
		}
		if before >= 0 && s.toks[before].lower == "the" && n.end < len(s.toks) && s.toks[n.end].lower == head {
			return n, true
		}
		if opens && n.tok > 2 && measureComplement(s, n, adj) {
			return n, true // "The satellite is 60 feet long", "The satellite weighs 11,400 pounds"
		}
	}
	return quantity{}, false
}

// measureComplement reports whether n, a measure in a unit of the
// dimension adj asks, is predicated of its clause's subject: it
// premodifies the adjective itself ("was about 18 feet long": a measure
// phrase modifying a dimension adjective, Quirk et al., §7.85) or is the
// object of a verb of measuring ("weighed roughly 2 tons"), or, asked
// how close or near, follows "within", the preposition of a distance
// not exceeded (Quirk et al., §9.32). Asked how big, large or small,
// the object of "measure" answers too: WordNet 3.0 glosses the verb
// "have certain dimensions" ("measures 18 inches long", "about 14 inches
// across"), and a thing's size is its dimensions.
func measureComplement(s *sentence, n quantity, adj string) bool {
	if n.end < len(s.toks) && s.toks[n.end].lower == adj {
		return true
	}
	before := n.tok - 1
	if before >= 0 && numberApproximators[s.toks[before].lower] {
		before--
	}
	if before >= 0 && s.toks[before].lower == "within" && (adj == "close" || adj == "near") {
		return true // "passed within 15 million miles of Earth": how near it came
	}
	if before >= 0 && stemOf(s.toks[before].lower) == "measur" && measureDimensions[adj] != nil && (adj == "big" || adj == "large" || adj == "small") {
		return true // "The capsule measures 18 inches long"
	}
	return before >= 0 && measureVerbs[stemOf(s.toks[before].lower)] == adj
}

// topicMeasure answers "how long was it" (the copula, then "it" last),
// or "how much does it weigh" (the operator "do", then "it" and a verb of
// measuring, as topicalVerbMeasure reads it),
// asked with no antecedent for "it": the pronoun refers to what the article is about, which news
// writing describes first (the inverted pyramid: the lead and the
// paragraphs after it tell of the story's subject before anything
// else), so the answer is the first measure the article's first three
// paragraphs predicate in the dimension asked ("The plant-eater … was
// about 18 feet long"); a measure told later is of something else.
func (e *Engine) topicMeasure(q *query) (reply, bool) {
	k := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == "it" })
	if r, ok := e.topicReached(q, k); ok {
		return r, true // "how high did it get": "it climbed to roughly 400 feet" (risingmeasure.go)
	}
	if k < 1 || !(copulas[q.toks[k-1].lower] && k+1 == len(q.toks) || topicalVerbMeasure(q.toks, k)) {
		return reply{}, false // "how long was it", not "how long has it been": a time
	}
	first := true // the lead sentence, whose compound measures count too
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || s.para > 3 {
			continue
		}
		for _, n := range s.nums {
			if n.kind == qCount && fitsMeasure(q.measure, n.unit) && measureComplement(s, n, q.measure) {
				return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
			}
		}
		if first {
			if r, ok := e.leadCompoundMeasure(q, s); ok {
				return r, true
			}
			first = false
		}
	}
	return reply{}, false
}

// leadCompoundMeasure answers the topical "how ADJ was it" with a measure
// compound in the lead sentence, in the dimension asked, premodifying a
// noun of no person ("a 2,419-pound giant", "the 12-mile crossing"): the
// compound adjective measures its head (Quirk et al., §17.104), and what
// the lead measures so is the story's thing, of which the lead tells
// first, before any measure told after the lead. A rate over time is
// none.
func (e *Engine) leadCompoundMeasure(q *query, s *sentence) (reply, bool) {
	for _, n := range s.nums {
		if !measureCompound(s, n) || !fitsMeasure(q.measure, n.unit) || quoted(s, n) || !periodFits(q, s, n) {
			continue
		}
		if h := e.premodifiedNoun(s, n); h >= 0 && !e.personNoun(singular(s.toks[h].lower)) {
			return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// topicalVerbMeasure reports whether the "it" at toks[k] is the subject of
// a verb of measuring that ends the question, after the operator "do"
// ("how much did it weigh"): do-support stands where the copula of "how
// heavy was it" stands (Quirk et al. §3.37), and the verb asks the
// dimension the adjective does (measureVerbs, Levin 1993 §54.1).
func topicalVerbMeasure(toks []token, k int) bool {
	return k+2 == len(toks) && doSupport[toks[k-1].lower] && measureVerbs[toks[k+1].stem] != ""
}

// epithetMeasure answers with a measure predicated of the subject of the
// body sentence after sentence i, which names the thing asked, when that
// subject is a definite noun phrase whose noun the article has not used
// before ("… a previously unknown species of horned dinosaur …" "The
// plant-eater … was about 18 feet long"): a definite description with no
// antecedent of its own refers to what is in view (Quirk et al., §5.32),
// an epithet for the thing just named.
func (e *Engine) epithetMeasure(q *query, i int, rest []term) (reply, bool) {
	j := i + 1
	for j < len(e.r.sents) && e.r.sents[j].part != "" {
		j++
	}
	if j == len(e.r.sents) {
		return reply{}, false
	}
	s := &e.r.sents[j]
	if len(s.toks) < 2 || s.toks[0].lower != "the" || slices.ContainsFunc(rest, func(t term) bool { return !s.hasTerm(t) }) || e.statesOppositeAdjective(q, s) {
		return reply{}, false // "The old library …" is no epithet for the new one
	}
	noun := s.toks[1].stem
	for k := 0; k < j; k++ {
		if slices.ContainsFunc(e.r.sents[k].toks, func(t token) bool { return t.stem == noun }) {
			return reply{}, false // a noun used before may refer back to its own antecedent
		}
	}
	for _, n := range s.nums {
		if n.kind == qCount && fitsMeasure(q.measure, n.unit) && measureComplement(s, n, q.measure) {
			return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// laterObjectNamed reports whether s names another physical thing after
// the one the question names: an epithet in the next sentence refers to
// the most recently named thing it can (the recency factor of anaphora
// resolution, Lappin and Leass 1994), so a skull named before the
// dinosaur it belongs to is not "the plant-eater". A thing is a noun
// WordNet files under physical object, and not a person.
func (e *Engine) laterObjectNamed(q *query, s *sentence) bool {
	_, end := termRun(q, s)
	if len(q.subjects) == 1 {
		end = e.lastPosition(s, q.subjects[0], len(s.toks)) + 1
	}
	if end <= 0 || e.noLex {
		return end <= 0
	}
	for _, t := range s.toks[end:] {
		l := singular(t.lower)
		if !t.cap && !stopWords[t.lower] && e.canBe(l, "noun") && e.lex.KindOf(l, "object") && !e.personNoun(l) && measureUnits[t.lower] == "" {
			return true
		}
	}
	return false
}
