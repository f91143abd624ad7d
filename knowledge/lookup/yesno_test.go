package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// harbour is a short article written for these tests, in no question set:
// two companies' shares moving apart in one sentence, an act stated only
// as another person's ("Ortiz's resignation"), denials by the word asked
// and by what it entails or causes ("no deaths", "no injuries").
const harbour = `Kestrel Marine to buy Orion Ferries

SEATTLE (AP) — Kestrel Marine Inc. agreed to buy Orion Ferries Co. for $900 million, the companies said Tuesday.

Orion Ferries shares rose 18% on Tuesday, while Kestrel Marine shares fell 3%.

Port Commissioner Helen Marsh, who backed the sale, called it "good news for the islands."

Marsh joined the Orion board in April, after a safety audit led to Dan Ortiz's resignation as chief executive.

Marsh did not attend the board vote. Tom Ruiz, the board chairman, did not vote on the sale either, Marsh said. Marsh never disclosed her stake in Orion. The Coast Guard found in May that Orion Ferries had skipped two hull inspections. No deaths have been reported in the fleet's history. A ramp collapsed in May; no injuries were reported.
`

// harbourEngine reads the harbour article.
func harbourEngine(t *testing.T) *Engine { return engineOf(t, harbour) }

// TestYesNoPolarity checks the direct answer that opens a yes/no reply.
func TestYesNoPolarity(t *testing.T) {
	e := harbourEngine(t)
	tests := []openingCase{
		// an alternative question is answered with the alternative stated
		// of its subject, not the other company's
		{"did kestrel marine shares go up or down?", "Down", []string{"fell 3%"}, []string{"Yes"}},
		{"did orion ferries shares go up or down", "Up", []string{"rose 18%"}, []string{"Yes"}},
		// "like X did" compares; the act asked about is the subject's, and
		// the article states it only of someone else
		{"did marsh resign like ortiz did?", "The article doesn't say", []string{"resignation", "Port Commissioner Helen Marsh"}, []string{"Yes"}},
		// a denial is a no
		{"did marsh attend the board vote?", "No", []string{"did not attend"}, nil},
		// a denial in a synonym of the asked word is a no
		{"did marsh reveal her stake in orion?", "No", []string{"never disclosed"}, nil},
		// "vote" asks about the act in a yes/no question, not for a tally
		{"did ruiz vote on the sale?", "No", []string{"did not vote"}, nil},
		// a denial whose subject is someone else is no answer about Marsh
		{"did marsh vote on the sale?", "The article does", nil, []string{"No —", "Yes"}},
		// "did X say P" when the article never states P: what X did say
		{"did the coast guard say orion ferries broke the law?", "The article doesn't say so", []string{"skipped two hull inspections"}, []string{"Yes"}},
		// denying what the act causes denies the act: killing causes
		// death, and hurting injury
		{"was anyone killed?", "No", []string{"No deaths"}, nil},
		{"was anyone hurt?", "No", []string{"no injuries"}, nil},
	}
	checkOpenings(t, e, tests)
}

// TestActOfOtherRefused checks that an act the article states only of
// someone else is not the subject's: without a comparison in the question,
// the reply is a refusal.
func TestActOfOtherRefused(t *testing.T) {
	e := harbourEngine(t)
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "did marsh resign?"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found || !strings.HasPrefix(a.Text, "The article doesn't say") {
		t.Errorf("want a refusal:\n%s", a.Text)
	}
}

// TestLikeClause checks that a closing clause of comparison is dropped.
func TestLikeClause(t *testing.T) {
	tests := map[string]string{
		"did sessions resign like flynn did?":      "did sessions resign?",
		"did she vote no, just like her party did": "did she vote no",
		"did the mayor resign as his deputy had?":  "did the mayor resign?",
		"does it taste like chicken?":              "does it taste like chicken?",
		"did he act as chair":                      "did he act as chair",
	}
	for in, want := range tests {
		if got := dropLikeClause(in); got != want {
			t.Errorf("dropLikeClause(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPronounSubjectPointsBack checks that "did he replace Ortiz", after
// a turn about Ruiz, is about Ruiz: the pronoun subject cannot be the Ortiz
// its own clause names.
func TestPronounSubjectPointsBack(t *testing.T) {
	e := harbourEngine(t)
	history := []knowledge.Turn{{Question: "who is tom ruiz?", Answer: "Tom Ruiz is the board chairman."}}
	q := e.understand("did he replace ortiz?", history)
	if len(q.subjects) == 0 || e.a.Entities[q.subjects[0]].Name != "Tom Ruiz" {
		var names []string
		for _, x := range q.subjects {
			names = append(names, e.a.Entities[x].Name)
		}
		t.Errorf("subjects %v, want Tom Ruiz first", names)
	}
}
