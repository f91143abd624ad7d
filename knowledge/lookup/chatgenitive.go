package lookup

import "strings"

// A common noun's genitive typed without its apostrophe (part of stage
// 2): chat drops the apostrophe of "'s" (baregenitive.go does it for a
// name), so "whats the deputys name" is "what's the deputy's name". The
// clause says which: after a wh-word and the singular "is" or "was", the
// noun phrase that follows is the subject, and the verb agrees with its
// head (Quirk et al. 1985, §10.34, concord of number), so the head is a
// singular noun; a word ending in "s" between "the" and that singular
// noun is no plural subject but the determiner of the head, a genitive
// (§5.115, the genitive as determiner). But AP style writes a plural
// that describes without an apostrophe ("teachers union", AP Stylebook,
// "possessives: descriptive phrases"), so a word the article itself
// writes stays as typed. The others are read as the genitive of
// the singular noun the article writes, as "the deputy's name" is, so a
// question asking the name the article does not give ("The deputy, who
// was not named, …") is not answered by the sentence that merely
// mentions the deputy.

// commonGenitives marks each such token as the possessive of its
// singular.
func (e *Engine) commonGenitives(toks []token) {
	for i := 2; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.poss || len(t.lower) < 4 || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") || e.r.vocab[t.lower] {
			continue
		}
		if toks[i-1].lower != "the" || !singularCopulaFrame(toks, i-2) || !e.singularNounHead(toks[i+1]) {
			continue
		}
		base := strings.TrimSuffix(t.lower, "s")
		if !e.r.vocab[base] || !e.canBe(base, "noun") {
			continue // the article never writes the singular noun
		}
		t.lower, t.stem, t.poss = base, stemOf(base), true
	}
}

// singularCopulaFrame reports whether toks[j] closes a wh-word and a
// singular "be": "what's" (the enclitic 's is "is", Quirk et al. §3.23),
// or a wh-word followed by "is" or "was".
func singularCopulaFrame(toks []token, j int) bool {
	if toks[j].poss && whWords[toks[j].lower] {
		return true
	}
	return (toks[j].lower == "is" || toks[j].lower == "was") && j > 0 && whWords[toks[j-1].lower]
}

// singularNounHead reports whether t can be a singular noun heading a
// noun phrase: a noun in WordNet, not written with a plural "-s", and no
// function word.
func (e *Engine) singularNounHead(t token) bool {
	w := t.lower
	if t.poss || strings.HasSuffix(w, "s") || stopWords[w] || chatWords[w] || auxiliaries[w] || whWords[w] {
		return false
	}
	return e.canBe(w, "noun")
}

// genitiveName reports whether q asks "X's name" with a genitive its
// tokens mark, the apostrophe typed or not ("the deputys name"): the
// question asks a role's holder by name, as roleQuestion's "'s name" does.
func genitiveName(q *query) bool {
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].poss && !whWords[q.toks[i].lower] && q.toks[i+1].lower == "name" {
			return true
		}
	}
	return false
}

// asksRole reports whether q is shaped to ask who holds a role or what
// their name is: roleQuestion's wording, or a genitive before "name"
// whose apostrophe chat dropped.
func asksRole(q *query) bool {
	return roleQuestion.MatchString(strings.ToLower(q.raw)) || genitiveName(q)
}
