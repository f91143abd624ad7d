package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// fluClinic is a short article written for this test, in no question
// set: a student introduced by a narrower noun ("a nursing sophomore"), a
// student leader whose title holds "student" only as a modifier, an
// official given by an AP-abbreviable title after the name, and a mayor
// located by an "of" phrase.
const fluClinic = `Free flu clinic opens on Lakeview campus

LAKEVIEW, Iowa (AP) — Lakeview State University opened a free flu clinic Monday in its student union.

Student government President Owen Marsh, 23, said the clinic was overdue.

Priya Dunn, 19, a nursing sophomore from Ames, got her shot before her first class. "It took four minutes," she said.

"We expect 2,000 people this week," said Carl Whitby, 61, the Lakeview school district's superintendent.

Mayor Rosa Lindqvist, 52, of Lakeview said the city would pay for a second clinic in March.
`

func TestDescriptionByKindAndModifier(t *testing.T) {
	e := engineOf(t, fluClinic)
	checkAnswers(t, e, []answerCase{
		// "sophomore" is a kind of student in WordNet; Marsh's "Student"
		// modifies his title and holds no "nursing"
		{"how old is the nursing student", []string{"19"}, []string{"23"}},
		// the AP's "supt." is the superintendent
		{"how old is the lakeview supt", []string{"61"}, nil},
		// the place in the description is not a second subject
		{"how old is the mayor of lakeview", []string{"52"}, nil},
		{"who's older, the lakeview supt or the nursing student", []string{"Carl Whitby is older", "61", "19"}, nil},
	})
	// a modifier the article never uses describes no one it introduces:
	// not the one student it does
	for _, q := range []string{"what did the law student say", "how old is the law student", "who is the law student"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found || strings.Contains(a.Text, "four minutes") {
			t.Errorf("%q: want a refusal, got %q", q, a.Text)
		}
	}
}
