package lookup

import (
	"regexp"
	"strings"

	"storybot/knowledge"
)

// Names asked for by description (part of stage 4): "what's the nurses'
// union called" asks for the proper name of a thing the question
// describes by a common noun, which the article may use in one sentence
// and name in another. A proper name of an organisation or a place
// commonly repeats the noun of its members or its kind ("Northwoods
// Nurses Association", "Harvest Festival": Quirk et al., §5.64–5.66 on
// proper nouns built from common ones), so the thing is the one entity
// whose name holds the description's modifiers and whose kind the head
// noun is.

// calledCue is "what is the X called" or "what's X named".
var calledCue = regexp.MustCompile(`^ ?(?:what|whats|what's)(?: is| was| are| were)? (?:the |their |his |her |its |that |this )?(.+?) (?:called|named)\s*[?.!]*\s*$`)

// entityKindNoun is the WordNet noun each kind of entity is a kind of.
var entityKindNoun = map[knowledge.EntityKind]string{
	knowledge.Organisation: "organization",
	knowledge.Place:        "location",
}

// calledName answers "what is the X called" with the one organisation or
// place whose name holds X's modifiers and is of X's kind.
func (e *Engine) calledName(q *query) (reply, bool) {
	m := calledCue.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || e.lex == nil {
		return reply{}, false
	}
	var words []string
	for _, w := range strings.Fields(m[1]) {
		w = strings.Trim(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"), ".,'")
		if w != "" && !stopWords[w] && !chatWords[w] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return reply{}, false
	}
	head, mods := words[len(words)-1], words[:len(words)-1]
	found := -1
	for x, en := range e.a.Entities {
		if !e.nameFits(x, en.Kind, head, mods) {
			continue
		}
		if found >= 0 {
			return reply{}, false // two things fit: the question does not say which
		}
		found = x
	}
	if found < 0 {
		return reply{}, false
	}
	s := e.firstNaming(found)
	if s == nil {
		return reply{}, false
	}
	return reply{found: true, head: e.a.Entities[found].Name + ".", used: []*sentence{s}}, true
}

// nameFits reports whether entity x, of kind k, is a thing the words
// describe: its name holds every modifier, and holds the head noun or is
// of a kind the head noun is a kind of.
func (e *Engine) nameFits(x int, k knowledge.EntityKind, head string, mods []string) bool {
	kindNoun := entityKindNoun[k]
	if kindNoun == "" {
		return false
	}
	name := map[string]bool{}
	for _, f := range e.r.ents[x].forms {
		for _, w := range f {
			name[stemOf(w)] = true
		}
	}
	for _, w := range mods {
		if !name[stemOf(w)] {
			return false
		}
	}
	if name[stemOf(head)] {
		return true
	}
	return len(mods) > 0 && e.lex.KindOf(singular(head), kindNoun)
}
