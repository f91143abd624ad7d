package lookup

import (
	"strings"

	"storybot/knowledge"
)

// News writing often leaves a doer unnamed, naming the kind of person
// instead ("after inspectors found mold", "a neighbor called 911"), and
// names only its source ("…, Superintendent Ana Ruiz said"). Asked who did
// it, the reader is owed that noun phrase, not the nearest name.

// commonDoer is the noun phrase, headed by a kind of person in WordNet,
// that is the subject of the question's act in s and carries no name
// ("inspectors", "two state troopers"); false when the act's subject is
// named, described as someone named, or no such noun.
func (e *Engine) commonDoer(q *query, s *sentence) (string, bool) {
	t, ok := e.askedAct(q)
	if !ok || e.noLex {
		return "", false
	}
	act := -1
	for i, tok := range s.toks {
		if t.actAt(s.toks, i) && !tok.cap && !uninflectedAfterDeterminer(s, i) {
			act = i
			break
		}
	}
	if e.reducedRelativeAt(q, t, s, act) {
		return "", false // "fossils found on private land": the fossils were found, no finder
	}
	k := act - 1
	// "not" stands between the operator and the verb it denies ("was not
	// wearing": Quirk et al. 1985, §10.54), as the adverbs do
	for k >= 0 && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower) || s.toks[k].lower == "not") {
		k--
	}
	r := relativeClauseSkipped(s, k)
	if r < 0 || r == k && !spaced(s, k, act) && !(surnamedFamily(s, k) && apposedOpeningSubject(s, k)) { // an appositive that names ("the Halvorsen family"), not one that describes ("Her father, a shipyard welder,")
		return "", false
	}
	k = r
	n := s.toks[k]
	if !e.unnamedDoerHead(s, k) && !e.unnamedCollective(s, k) && !e.governedPlace(s, k) && e.tiedOrgAt(s, k) < 0 { // "the county will pay" (governedplace.go); "the railroad will pay" (headkind.go)
		return "", false
	}
	j := e.doerPhraseStart(s, k)
	if genitiveRelativeAt(s, j) {
		return "", false // "Benavides, whose company built it": the antecedent's company, no unnamed doer (genitiverelative.go)
	}
	return s.text[s.toks[j].start:n.end], true
}

// doerPhraseStart is the first token of the noun phrase whose head is
// token k of s. The walk back stops at a reporting verb: in "Hollis said
// harbor officials had rejected it" "said" is the reporting clause's verb
// (Quirk et al., §14.29), no modifier of the reported subject; and it
// takes in the name of a body or a place that premodifies the head ("FBI
// agents", "Wyoming Highway Patrol troopers"): a proper noun premodifier
// classifies the head (Quirk et al., §17.108), as a surname does a
// family's ("the Halvorsen family").
func (e *Engine) doerPhraseStart(s *sentence, k int) int {
	j := k
	for j > 0 && spaced(s, j-1, j) && !s.toks[j-1].poss && !reportingVerbs[s.toks[j-1].lower] &&
		(e.namedBodyAt(s, j-1) || j == k && surnamedFamily(s, k) || (!s.toks[j-1].cap || j == 1 || e.properAdjective(s.toks[j-1].lower)) && premodifier(s.toks[j-1].lower) && !e.namedAt(s, j-1)) {
		j--
		if determiners[s.toks[j].lower] {
			break
		}
	}
	return j
}

// unnamedDoerHead reports whether token k of s heads an unnamed doer: a
// person noun or a force, written in lower case outside a quotation, no
// possessive, no description of someone named, and no kind the article
// names a member of ("inspectors found a crack" and later "Renata
// Vukovich, the inspector who spotted it").
func (e *Engine) unnamedDoerHead(s *sentence, k int) bool {
	n := s.toks[k]
	if _, described := e.descRefs[[2]int{e.indexOf(s), k}]; n.cap && (k > 0 || e.namedAt(s, k)) || n.poss || stopWords[n.lower] || quotedAt(s, k) || described {
		return false
	}
	if !e.isPersonNoun(singular(n.lower)) && !e.collectiveOfPeople(n.lower) {
		return false
	}
	return !e.namesOneOf(singular(n.lower))
}

// collectiveOfPeople reports whether w is a collective noun for a force
// of people that acts as one ("police", "troops", "the military"):
// WordNet files it under force, the military and police units, and news
// writing makes it the subject of acts as it does a person noun (Quirk et
// al., §5.108, collective nouns). A looser group ("a two-person team")
// is left to the named member the article goes on to give.
func (e *Engine) collectiveOfPeople(w string) bool {
	return e.lex.KindOf(w, "force")
}

// premodifier reports whether w may stand before a noun in its phrase: a
// determiner, a number, or a content word (Quirk et al. 1985, §17.2 on
// the noun phrase's premodification).
func premodifier(w string) bool {
	return determiners[w] || numberLike(w) || !stopWords[w] && !prepositions[w] && !auxiliaries[w]
}

// spaced reports whether tokens a to b of s stand with only spaces
// between them, no punctuation.
func spaced(s *sentence, a, b int) bool {
	for k := a; k < b && k+1 < len(s.toks); k++ {
		if strings.TrimSpace(s.text[s.toks[k].end:s.toks[k+1].start]) != "" {
			return false
		}
	}
	return true
}

// namesOneOf reports whether the article names a person whose role has
// the noun as a word ("the inspector who spotted it"): the unnamed kind
// then has a named member, whom the question may be after.
func (e *Engine) namesOneOf(noun string) bool {
	for x := range e.a.Entities {
		for _, r := range e.rolesOf(x) {
			for _, t := range tokenize(r.text) {
				if t.lower == noun {
					return true
				}
			}
		}
	}
	return false
}

// namedBodyAt reports whether token k of s is part of the name of an
// organisation or a place the sentence names.
func (e *Engine) namedBodyAt(s *sentence, k int) bool {
	return e.nameOfKindAt(s, k, func(kind knowledge.EntityKind) bool {
		return kind == knowledge.Organisation || kind == knowledge.Place
	})
}

// namedAt reports whether token k of s is part of an entity's name.
func (e *Engine) namedAt(s *sentence, k int) bool {
	return e.nameOfKindAt(s, k, func(knowledge.EntityKind) bool { return true })
}

// nameOfKindAt reports whether token k of s is part of the name of an
// entity s names whose kind ok accepts.
func (e *Engine) nameOfKindAt(s *sentence, k int, ok func(knowledge.EntityKind) bool) bool {
	for _, x := range s.named {
		if !ok(e.a.Entities[x].Kind) {
			continue
		}
		for _, f := range e.r.ents[x].forms {
			for j := max(0, k-len(f)+1); j <= k; j++ {
				if matchForm(s.toks, j, f) {
					return true
				}
			}
		}
	}
	return false
}

// relativeClauseSkipped is the token before a nonrestrictive relative
// clause that stands, set off by commas, between a subject and its verb
// ("A neighbor, who asked not to be named, called 911"): the clause
// modifies the subject and leaves it the verb's (Quirk et al. 1985,
// §17.22 on nonrestrictive relative clauses, which commas set off). k
// itself when the words before act are no such clause.
func relativeClauseSkipped(s *sentence, k int) int {
	if k < 1 || k+1 >= len(s.toks) || !commaBetween(s, k, k+1) {
		return k
	}
	for j := k; j > 0 && j >= k-10; j-- {
		if commaBetween(s, j-1, j) {
			if s.toks[j].lower == "who" || s.toks[j].lower == "which" {
				return j - 1
			}
			return k
		}
	}
	return k
}

// commonDoerReply answers with the unnamed doer of the asked act in s:
// the people a numbered group stands for (numberedgroup.go), else the
// noun phrase itself.
func (e *Engine) commonDoerReply(q *query, s *sentence) (reply, bool) {
	np, ok := e.commonDoer(q, s)
	if !ok {
		return reply{}, false
	}
	if xs, g := e.numberedGroup(np, s); xs != nil {
		return e.groupReply(xs, g, s), true // "the two men escaped": the two named together before (numberedgroup.go)
	}
	if f := strings.Fields(np); len(f) == 3 && surnamedFamily(&sentence{toks: tokenize(np), text: np}, 2) {
		return reply{found: true, head: capitalise(np) + ".", used: []*sentence{s}}, true // "the Halvorsen family" is named by its surname
	}
	return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: []*sentence{s}}, true
}

// apposedOpeningSubject reports whether the noun phrase ending at token k,
// set off by commas, is in apposition to the noun phrase that opens the
// sentence ("The team's owners, the Halvorsen family, will cover …"):
// the two are one subject (Quirk et al. 1985, §17.65), and the second
// names it.
func apposedOpeningSubject(s *sentence, k int) bool {
	if k+1 >= len(s.toks) || !commaBetween(s, k, k+1) {
		return false
	}
	start := datelineEnd(s)
	for j := k; j > start; j-- {
		if commaBetween(s, j-1, j) {
			if s.toks[j].lower != "the" && s.toks[j].lower != "a" && s.toks[j].lower != "an" {
				return false
			}
			for m := start; m < j-1; m++ {
				if commaBetween(s, m, m+1) || auxiliaries[s.toks[m].lower] || stopWords[s.toks[m].lower] && !determiners[s.toks[m].lower] {
					return false // no noun phrase alone opens the sentence
				}
			}
			return j-1-start <= 5
		}
	}
	return false
}

// uninflectedAfterDeterminer reports whether token i of s is a word with
// no verb inflection (-ed, -s, -ing) right after a determiner or one word
// after it ("a burn", "a minor burn"): the head of a noun phrase the
// determiner opens (Quirk et al. 1985, §5.10), no verb; "the fire burned"
// keeps its inflected verb.
func uninflectedAfterDeterminer(s *sentence, i int) bool {
	w := s.toks[i].lower
	if endsIn(w, "ed") || endsIn(w, "s") || endsIn(w, "ing") {
		return false
	}
	return i >= 1 && determiners[s.toks[i-1].lower] || i >= 2 && determiners[s.toks[i-2].lower] && !determiners[s.toks[i-1].lower]
}
