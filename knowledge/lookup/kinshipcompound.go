package lookup

// A kinship compound names another relative (part of stage 2): "who is
// the girl's father" when the article names only her grandfather. A
// compound is a kind of its righthand head (clipping.go), but the
// kinship prefixes "grand-", "great-" and "step-" make a term for
// another relation, one generation removed or by marriage
// (Merriam-Webster, "grand-" 1 "one generation removed in ascent or
// descent", "step-" "related by virtue of a remarriage"): WordNet 3.0
// files "grandfather" under grandparent, not father. So a person noun's
// compound stands for it only when WordNet files the compound under it
// ("schoolteacher", a teacher).

// otherKin reports whether compound, a WordNet noun ending in the person
// noun head, is not a kind of head ("grandfather" of "father").
func (e *Engine) otherKin(head, compound string) bool {
	if e.noLex || !e.isPersonNoun(head) || !e.canBe(compound, "noun") {
		return false
	}
	return !e.lex.KindOf(compound, head)
}
