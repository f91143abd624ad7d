package lookup

import "strings"

// An -ing premodifier in a question's subject (part of stage 4, yes/no,
// with operationstate.go): "is the hiring freeze still on". An -ing form
// between a determiner and the head noun of a noun phrase premodifies
// that head, as a noun or participle does ("a hiring freeze", "the
// parking permit"; Quirk et al. 1985, §17.98–17.101 on -ing
// premodifiers), so it is a word of the subject, not the question's verb.

// ingPremodifier reports whether token k of toks is an -ing form that
// premodifies the next token, a subject word of e: it follows a
// determiner or a possessive pronoun.
func (e *Engine) ingPremodifier(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !strings.HasSuffix(toks[k].lower, "ing") || len(toks[k].lower) < 5 {
		return false
	}
	p := toks[k-1].lower
	return (determiners[p] || possessivePronouns[p]) && e.subjectWord(toks[k+1])
}
