package lookup

import (
	"regexp"
	"strings"

	"storybot/knowledge"
)

// Where a place is (part of stage 4). Asked of a town, "where is
// Brensfield" asks where the place itself lies, not where something
// happened in it. An AP story gives it in two ways: the dateline sets the
// city in capitals before its state's abbreviation ("BRENSFIELD, Ore.
// (AP) —", AP Stylebook, "datelines"), and a nonrestrictive appositive
// after the name classifies the place and situates it by a better-known
// one ("Brensfield, a city of about 58,000 people south of Portland";
// Quirk et al., §17.65–17.67).

// placeLocation answers a where-question that names one place and asks
// nothing more of it with the dateline that names it and the first
// appositive after its name that places it, citing both.
func (e *Engine) placeLocation(q *query) (reply, bool) {
	if len(q.subjects) != 1 || e.a.Entities[q.subjects[0]].Kind != knowledge.Place {
		return reply{}, false
	}
	for _, t := range q.terms {
		if !baseWords[t.lower] {
			return reply{}, false // "where in Brensfield did they march": an act's place
		}
	}
	x := q.subjects[0]
	var parts []string
	var used []*sentence
	if lead := e.leadSentence(); lead != nil {
		if dl := datelinePlace(lead); dl != "" && e.formAt(lead, x, 0) > 0 {
			parts, used = append(parts, strings.TrimRight(dl, ",")), append(used, lead)
		}
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if ap := e.placingAppositive(s, x); ap != "" {
			parts, used = append(parts, ap), append(used, s)
			break
		}
	}
	if len(parts) == 0 {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(strings.TrimRight(strings.Join(parts, ", "), ".")) + ".", used: used}, true
}

// appositiveEnd is the punctuation that closes an appositive: a comma
// before a space (not the comma of "58,000"), a semicolon or a dash.
var appositiveEnd = regexp.MustCompile(`,\s|;|—|,$`)

// placingAppositive is the appositive ", a/an …," right after a name of
// place x in s that itself names a place by a preposition (placeRe: "south
// of Portland", "in Marion County"), or "".
func (e *Engine) placingAppositive(s *sentence, x int) string {
	for i := range s.toks {
		n := e.formAt(s, x, i)
		if n == 0 || i+n >= len(s.toks) || !s.toks[i+n].isArticle() {
			continue
		}
		if strings.TrimSpace(s.text[s.toks[i+n-1].end:s.toks[i+n].start]) != "," {
			continue
		}
		ap := strings.TrimRight(strings.TrimSpace(appositiveEnd.Split(s.text[s.toks[i+n].start:], 2)[0]), ".")
		if placeRe.MatchString(ap) {
			return ap
		}
	}
	return ""
}
