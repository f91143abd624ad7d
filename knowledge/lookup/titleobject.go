package lookup

import (
	"slices"
	"strings"
)

// "Title" names a headline, a person's rank or office, and in sports and
// contests "the status of being a champion" (WordNet 3.0, title, noun
// senses 1, 4 and 6; AP Stylebook, "titles" and "championship"). A
// question asks for the headline or for a role by "title" as the thing it
// asks about ("what's the title", "what was her title"); in a who- or
// which-question whose own verb is a lexical verb ("who won the title",
// "which team clinched the title"), "title" is that verb's object, the
// championship, and the question asks for the verb's subject (the
// fronted wh-element is the subject; Quirk et al. 1985, §11.14).

// titleAsObject reports whether question words (lower case) hold "title"
// as the object of a lexical verb: in a who-, which- or what-N question
// whose verb, right after the wh-phrase, is no auxiliary ("who won the
// state title"), or after the do-support of a wh-question, which needs a
// lexical verb (Quirk et al. §3.37: "when did they clinch the title"),
// unless "title" heads the wh-phrase itself ("what title did she hold").
func titleAsObject(words []string) bool {
	words = dropChat(words)
	if len(words) < 3 {
		return false
	}
	if doSupport[words[1]] && whWords[words[0]] {
		// the subject stands right after the auxiliary: "what does the
		// title say", "what did the story's title say" ask the headline
		k := slices.Index(words, "title")
		return k > 3 && !storyNouns[strings.TrimSuffix(words[k-1], "'s")]
	}
	v := 1
	switch words[0] {
	case "who":
	case "which", "what":
		v = 2 // "which team", "what school"
		if auxiliaries[words[1]] || beForms[words[1]] {
			return false
		}
	default:
		return false
	}
	if v >= len(words) || auxiliaries[words[v]] || beForms[words[v]] || words[v] == "title" {
		return false
	}
	return slices.Contains(words[v+1:], "title")
}

// doSupport are the forms of the auxiliary "do" (Quirk et al. §3.37).
var doSupport = set("do", "does", "did", "don't", "doesn't", "didn't")

// storyNouns name the article itself, whose title is its headline.
var storyNouns = set("article", "story", "piece", "report")
