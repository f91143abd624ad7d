package lookup

import "strings"

// sionBases are the verb endings English nominalisations in -sion come
// from (Quirk et al., Appendix I.33: conclude → conclusion, decide →
// decision, extend → extension, permit → permission, revise → revision).
// WordNet links a noun to its verb only in some senses, so "conclusion" in
// its commonest sense ("a position reached after consideration") has no
// link to "conclude"; the suffix rule finds the verb.
var sionBases = []string{"de", "d", "t", "se"}

// nominalBase returns the stems of the verbs a -sion noun may come from
// that the article uses ("conclusion" → conclud, when the article says
// "concluded"), or nil.
func (e *Engine) nominalBase(w string) []string {
	w = strings.TrimSuffix(w, "s")
	root, ok := strings.CutSuffix(w, "sion")
	if !ok || len(root) < 4 {
		return nil // "tension" is no form of "tend"
	}
	if strings.HasSuffix(root, "s") {
		root = strings.TrimSuffix(root, "s") // "permission" → "permi"+"t", "discussion" → "discus"+"s"
		if e.r.vocab[stemOf(root+"ss")] {
			return []string{stemOf(root + "ss")}
		}
	}
	var out []string
	for _, b := range sionBases {
		if st := stemOf(root + b); e.r.vocab[st] {
			out = append(out, st)
		}
	}
	return out
}
