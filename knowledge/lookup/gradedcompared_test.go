package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

const towerStory = "Town replaces its water tower after 70 years\n\nELKHORN, Iowa (AP) — Crews lifted the tank onto Elkhorn's new water tower on Tuesday, replacing a tower built in 1954.\n\nThe new tower stands 165 feet tall and holds 500,000 gallons. The old tower was 120 feet tall and held 250,000 gallons.\n\nThe council approved the project on March 3, and the state awarded a $2 million grant on April 20.\n\nPublic works director Anita Ruiz, 52, said the old tank had rusted through in three places. Her deputy, Cole Banner, 38, will run the new system.\n"

// TestGradedCompared checks yes/no comparisons by a graded adjective:
// the verdict says whether the subject is the one the choice picks, by
// age, by a dimension's figures and by time.
func TestGradedCompared(t *testing.T) {
	e := engineOf(t, towerStory)
	for _, c := range []struct{ q, first, want string }{
		{"is ruiz older than banner", "Yes", "52"},
		{"is banner older than ruiz", "No", "52"},
		{"is banner younger than ruiz?", "Yes", "38"},
		{"is the new tower taller than the old one", "Yes", "120 feet"},
		{"is the old tower taller than the new tower", "No", "165 feet"},
		{"was the council vote earlier than the grant", "Yes", "March 3"},
	} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || !strings.HasPrefix(a.Text, c.first+" —") || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q: want %q first and %q:\n%s", c.q, c.first, c.want, a.Text)
		}
	}
	// no figures of the dimension for either: said plainly, not a Yes
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "is ruiz taller than banner"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found || !strings.HasPrefix(a.Text, "The article doesn't say") {
		t.Errorf("is ruiz taller than banner: want a plain refusal:\n%q", a.Text)
	}
	// a figure after "than" bounds one figure: no choice between two things
	if _, _, _, ok := e.gradedSides("was the storm ever stronger than a cat 3"); ok {
		t.Error(`"stronger than a cat 3" read as a comparison of two things`)
	}
	// "more … than" compares two figures: numcompare.go's
	if _, _, _, ok := e.gradedSides("is the new tower more than 100 feet tall"); ok {
		t.Error(`"more than 100 feet" read as a graded comparison`)
	}
}

// TestChoiceFigureOfWholeDescription checks that each alternative's
// figure comes from the sentence naming its whole description, at the
// question's verb: "the old tower" is not "the new tower", and what a
// tower holds is its gallons, not its height.
func TestChoiceFigureOfWholeDescription(t *testing.T) {
	e := engineOf(t, towerStory)
	checkAnswers(t, e, []answerCase{
		{"which is taller, the new tower or the old tower", []string{"165 feet", "120 feet"}, []string{"no such figure"}},
		{"which holds more, the new tower or the old tower", []string{"500,000 gallons", "250,000 gallons"}, []string{"165 feet,"}},
	})
}

// TestSharedSurnameAge checks that the age after the second of two
// people who share a surname is that person's, and that a sentence both
// answers rest on is shown and cited once.
func TestSharedSurnameAge(t *testing.T) {
	e := engineOf(t, "Sisters open bakery in old fire station\n\nMILLBROOK, Ohio (AP) — Two sisters opened a bakery on Saturday in the town's former fire station.\n\nNora Vance, 34, a former pastry chef, and Lena Vance, 29, an accountant, bought the building for $180,000 in March.\n\nLena Vance said the sisters spent $95,000 on ovens.\n")
	checkAnswers(t, e, []answerCase{
		{"how old is lena", []string{"Lena Vance is 29"}, []string{"Lena Vance is 34", "Nora Vance is 29"}},
		{"how old is nora vance", []string{"34"}, nil},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "who is older, lena or nora"})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, "bought the building"); n != 1 || len(a.Citations) != 1 {
		t.Errorf("one sentence for both ages shown %d times, cited %d times:\n%s", n, len(a.Citations), a.Text)
	}
}
