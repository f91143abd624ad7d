package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestFigureKeepsItsBound checks that the direct answer keeps the bound
// or approximator the article puts before a figure, and that a long
// message's marked question ("…, like how many …") is what is answered.
func TestFigureKeepsItsBound(t *testing.T) {
	e := engineOf(t, "Shelter full\n\nAMES, Iowa (AP) — More than 300 dogs are at the county shelter, officials said Monday.\n\nAbout 40 cats arrived last week, and fewer than 20 were adopted.\n\nThe shelter opened in 1998 with room for 90 animals.\n")
	checkAnswers(t, e, []answerCase{
		{"how many dogs are at the shelter", []string{"More than 300 dogs."}, nil},
		{"how many were adopted", []string{"Fewer than 20."}, nil},
		{"my boss wants a short item on why the shelter matters to the city, like how many dogs are there now?", []string{"More than 300 dogs."}, []string{"1998"}},
	})
}

// TestAgeOfDescribedPerson checks that "how old is the woman who …"
// takes the age in the sentence about what the question describes, when
// the person noun is one WordNet files under person, not a title.
func TestAgeOfDescribedPerson(t *testing.T) {
	e := engineOf(t, "Lakeside 10K\n\nSOLON, Ohio (AP) — Ana Ruiz, 24, won the Lakeside 10K on Sunday.\n\nBritish runner Kate Moss, 38, was second, and Lia Chen was third.\n")
	checkAnswers(t, e, []answerCase{
		{"how old is the british woman who came second", []string{"38"}, []string{"24"}},
	})
}

// TestOrderRefusalNamesNoOrderWord checks that an order question the
// article cannot settle is refused without calling "first" a missing word.
func TestOrderRefusalNamesNoOrderWord(t *testing.T) {
	e := engineOf(t, "Mill to close\n\nAMES, Iowa (AP) — The Ames feed mill will close in June, its owner said Monday.\n\nWorkers once agreed to a pay freeze, and the owner later sold the trucks.\n")
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "what came first, the pay freeze or the truck sale"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, `"first"`) {
		t.Errorf("the order word is named as missing: %s", a.Text)
	}
}

// TestCountedNounAfterProperModifier checks that a count's noun is found
// after the proper adjectives before it ("12 Democratic senators", "30
// Ohio farmers").
func TestCountedNounAfterProperModifier(t *testing.T) {
	e := engineOf(t, "Senate vote\n\nWASHINGTON (AP) — The Senate voted 52-48 on Tuesday, with 12 Democratic senators joining all 40 Republicans in favor.\n\nThe measure now goes to the House. About 30 Ohio farmers watched from the gallery.\n")
	checkAnswers(t, e, []answerCase{
		{"how many democrats voted for it", []string{"12 Democratic senators"}, nil},
		{"how many farmers watched", []string{"About 30 Ohio farmers"}, nil},
	})
}
