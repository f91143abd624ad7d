package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// goatBarnFire is a short article written for this test, in no question
// set: one description set before a name has the name's age between
// them, another opens its sentence with a capitalised possessive.
const goatBarnFire = `Barn fire kills 14 goats near Pell Creek

PELL CREEK, Wis. (AP) — A fire destroyed a barn and killed 14 goats on a farm near Pell Creek early Friday, the county sheriff said.

The farm's owner, 66-year-old Ruth Ambler, said she lost her entire herd. "I raised every one of them from birth," Ambler said.

Her grandson, Eli Tarrant, tried to open the pens before the roof fell. He was not hurt.

Sheriff Dan Kovacs said the fire began in a hay loft.
`

// A description in apposition before a name is the person's role when
// the age is written before the name ("The farm's owner, 66-year-old Ruth
// Ambler,") and when a capitalised possessive opens it ("Her grandson,
// Eli Tarrant,").
func TestAppositiveBeforeAnAgedOrOpeningName(t *testing.T) {
	e := engineOf(t, goatBarnFire)
	checkAnswers(t, e, []answerCase{
		{"how old is the farm owner", []string{"Ruth Ambler is 66"}, nil},
		{"what does ruth ambler do", []string{"Ruth Ambler is the farm's owner"}, nil},
	})
	a := ask(t, e, knowledge.Question{Text: "what does eli tarrant do"})
	if !a.Found || !strings.HasPrefix(a.Text, "Eli Tarrant is") || !strings.Contains(a.Text, "grandson") {
		t.Errorf("what does eli tarrant do: got %s", a.Text)
	}
	// the sheriff is no one's grandson, and the farm has one owner
	checkAnswers(t, e, []answerCase{{"what does dan kovacs do", []string{"Sheriff"}, []string{"grandson", "owner"}}})
}
