package lookup

import (
	"regexp"
	"strings"
)

// namedThing is the proper name the article gives the headline's thing
// in an appositive with "named" or "called" ("The tortoise, named Gus,
// was spotted…"; "The balloon, named Prairie Wind, holds…"), or "" when it
// gives none. A news story names an animal, a vessel or a machine once
// this way and then calls it by that name or by "it" (AP Stylebook,
// "animals" and "boats, ships"; Quirk et al. 1985, §17.65 on appositives
// that name), so the sentences about the thing need not repeat its common
// noun: "how old is it" asked of the tortoise is answered by "Gus … is now
// about 28 years old".
func (e *Engine) namedThing(thing string) string {
	if thing == "" {
		return ""
	}
	re := regexp.MustCompile(`(?i:\b(?:the|a|an|its|their) (?:[a-z-]+ ){0,2}` + regexp.QuoteMeta(thing) + `, (?:named|called|nicknamed|dubbed) )((?:[A-Z][a-z'-]+)(?: [A-Z][a-z'-]+){0,2})`)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		if m := re.FindStringSubmatch(s.text); m != nil {
			return m[1]
		}
	}
	return ""
}

// withName is text with its one bare "it" replaced by name, or "" when it
// has none or more than one.
func withName(text, name string) string {
	f := strings.Fields(text)
	at := -1
	for i, w := range f {
		if strings.ToLower(strings.Trim(w, "?!.,;:")) == "it" {
			if at >= 0 {
				return ""
			}
			at = i
		}
	}
	if at < 0 {
		return ""
	}
	f[at] = strings.Replace(f[at], f[at][:2], name, 1)
	return strings.Join(f, " ")
}
