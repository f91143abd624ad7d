package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// boardVote is a short article written for these tests, in no question
// set: a call made by one group "and some" of another, a meeting with
// three officials, lists of items before their noun, and a man's role on
// another man's campaign.
const boardVote = `Board delays vote on school closures

SPRINGDALE, Ohio (AP) — Parents, and some teachers, have called for an independent review of the plan to close three schools, the district said Tuesday.

Superintendent Maria Lopez met with the mayor, the fire chief and the police chief last month. She said she had also talked with the Lincoln, Grant, and Hayes principals.

Board member Dan Pryor served as treasurer of Mayor Tom Reed's campaign. Pryor met with the developer twice during the campaign, records show.

Reed thanked the French, Italian and Spanish delegations for their visit.

A district memo said the board would close three schools by June. Parents later filed a petition asking whether the board would close three schools without a public hearing.

In March, the board concluded that the plan was sound. Lopez signed the final order on March 30.

Pryor insisted the meetings were proper.

Board rules allow members to meet developers, Pryor said, and he reported each meeting to the clerk.
`

func boardEngine(t *testing.T) *Engine { return engineOf(t, boardVote) }

// TestChatFollowUps checks exclusive questions ("only", "just"), counts of
// a list, restatements asking for confirmation, whether two things are
// about the same matter, "like B did", the grounds of a view, and a
// pronoun in a question's second part.
func TestChatFollowUps(t *testing.T) {
	e := boardEngine(t)
	tests := []struct {
		q     string
		first string   // the answer opens with it
		want  []string // each must appear in the answer
		not   []string // none may
	}{
		// "just X?" after a dash: the article coordinates X with others
		{"who wants a review - just parents?", "No", []string{"some teachers"}, nil},
		{"was the mayor the only one lopez met?", "No", []string{"fire chief"}, nil},
		// a coordination in a sentence about something else is no evidence
		{"was the mayor the only one who signed the order?", "", nil, []string{"No —"}},
		// no coordination with anything the question does not name: no verdict from it
		{"was pryor the only board member?", "", nil, []string{"No —"}},
		// a verb that asks for the list, and a possessive the article never writes
		{"how many principals does lopez name", "Three", []string{"Hayes"}, nil},
		{"how many countries' delegations did reed thank", "Three", []string{"Spanish"}, nil},
		// a restatement with a tag question: each claim checked, the verdict first
		{"ok so lopez met with the mayor, and pryor met the developer twice - is that right?", "Yes", []string{"twice", "fire chief"}, nil},
		{"so pryor met the developer twice, and lopez met the mayor - right?", "Yes", []string{"twice"}, nil},
		{"so pryor never met the developer, then lopez met the mayor - did i get that right?", "Not quite", nil, []string{"Yes"}},
		{"so reed resigned, and pryor met the developer - is that the gist?", "Not all of it", []string{"doesn't say"}, []string{"Yes"}},
		// two things reported in sentences that share a clause are about the same matter
		{"the district memo and the petition - are those about the same thing?", "Yes", []string{"close three schools"}, nil},
		{"the memo and the delegations, are they related?", "The article doesn't say how they relate", nil, []string{"Yes"}},
		// a -sion noun meets its verb; a month alone does not come before a day of it
		{"was the board's conclusion before or after lopez signed the order?", "The article doesn't say which came first", []string{"same month", "March 30"}, []string{"Before", "After"}},
		// "did A VERB like B did": said of B, not of A
		{"did reed meet the developer like pryor did?", "The article doesn't say", []string{"Pryor met with the developer", "Reed"}, []string{"Yes"}},
		// the grounds of a person's view: their next statement
		{"why does pryor think the meetings were proper", "Pryor insisted", []string{"reported each meeting"}, nil},
		// "he" in the second part is the first man of the first part
		{"what was pryor's job on reed's campaign and did he meet the developer", "", []string{"treasurer", "twice"}, nil},
	}
	for _, tt := range tests {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if !strings.HasPrefix(a.Text, tt.first) {
			t.Errorf("%q: answer %q does not open with %q", tt.q, a.Text, tt.first)
		}
		for _, w := range tt.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q: answer %q lacks %q", tt.q, a.Text, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("%q: answer %q holds %q", tt.q, a.Text, w)
			}
		}
	}
}

// TestShortNameTypedShort checks that a four-letter surname typed
// without its last letter still names the person when the first name
// beside it is typed right.
func TestShortNameTypedShort(t *testing.T) {
	e := engineOf(t, "Welder honored\n\nDULUTH, Minn. (AP) — The city unveiled a steel arch by welder Ada Voss on Friday.\n\n\"She never rushed a seam,\" said her apprentice, Tom Hale.\n\nMayor Rita Gunn called the arch \"a gift to the harbor.\"\n")
	checkAnswers(t, e, []answerCase{
		{"what did tom hal say about her", []string{"never rushed a seam"}, []string{"gift to the harbor"}},
	})
}
