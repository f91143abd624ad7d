package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A bare wh-fragment (part of stage 2, before the question is read):
// chat asks "what county?" or "which judge?" for "which county is it" and
// "who is the judge". A wh-determiner with its noun and nothing else is a
// question whose predicate the situation supplies (Quirk et al. 1985,
// §12.7, situational ellipsis): the story's own one of that kind. Only
// the nouns of a kind of place that placeNounRe reads and the nouns of a
// kind of person the article calls someone are so read ("which star" of
// a story about a star asks of the star); a fragment of another noun
// ("what time", "what percent") asks the answer type its noun names, and
// is left as typed.

// bareWhFragment writes out a question typed as "what" or "which" and one
// noun of a place or a person: "what county" → "which county is it",
// "which judge" → "who is the judge".
func (e *Engine) bareWhFragment(text string) string {
	words := strings.Fields(strings.ToLower(strings.Trim(text, "?!. ")))
	if len(words) != 2 || words[0] != "what" && words[0] != "which" {
		return text
	}
	n := words[1]
	switch m := placeNounRe.FindStringSubmatch(words[0] + " " + n); {
	case m != nil && m[1] == n:
		return "which " + n + " is it"
	case !e.noLex && e.personNoun(n) && e.someoneCalled(n):
		return "who is the " + n
	}
	return text
}

// someoneCalled reports whether the article describes some person by
// noun n ("Superior Court Judge Alan Park" for judge): "which star" of a
// story with no one called a star asks of a thing.
func (e *Engine) someoneCalled(n string) bool {
	for x, en := range e.a.Entities {
		if en.Kind == knowledge.Person && e.calledBy(x, n) {
			return true
		}
	}
	return false
}
