package lookup

import (
	"strings"

	"storybot/knowledge"
)

// appositiveBaseRe reads the text right after an organisation's name as
// an appositive whose noun phrase opens with a proper noun before its
// lower-case head: ", a Boston architecture firm", ", the Austin studio
// behind …", ", a London practice". The capitalised words are a noun
// premodifier, and a place's name premodifying a noun tells where the
// thing it names is ("a London practice" is a practice in London; Quirk et
// al. 1985, §17.108, nouns as premodifiers of place); news writing so
// gives a business's home beside its name on first reference.
var appositiveBaseRe = lazyRE(`^,\s+(?:a|an|the)\s+([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)\s+[a-z]`)

// appositiveBase is the place that premodifies the head of the appositive
// after a name of entity x in sentence s, when the article knows it as a
// place; "" otherwise. It reads the organisation's own appositive, so a
// place told of another body in the sentence ("Okada, a Tokyo-based
// publisher, will buy Hayes, the Austin studio") is not taken for it.
func (e *Engine) appositiveBase(x int, s *sentence) string {
	ent := e.a.Entities[x]
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		for at := 0; n != "" && at < len(s.text); {
			i := strings.Index(s.text[at:], n)
			if i < 0 {
				break
			}
			at += i + len(n)
			if m := appositiveBaseRe.FindStringSubmatch(s.text[at:]); m != nil && e.knownPlace(m[1]) {
				return m[1]
			}
		}
	}
	return ""
}

// knownPlace reports whether name is a place the article names, in any
// case ("Austin" after the dateline's "AUSTIN").
func (e *Engine) knownPlace(name string) bool {
	for _, ent := range e.a.Entities {
		if ent.Kind != knowledge.Place {
			continue
		}
		if strings.EqualFold(ent.Name, name) {
			return true
		}
		for _, a := range ent.Aliases {
			if strings.EqualFold(a, name) {
				return true
			}
		}
	}
	return false
}
