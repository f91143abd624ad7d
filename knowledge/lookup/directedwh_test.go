package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// waterBoard tells acts a board only asked or urged others to do, and
// one it forced, which so happened.
const waterBoard = `Water board asks suburbs to ration as wells fall

GRANITE BAY, Nev. (AP) — The Granite Bay water board on Tuesday urged four suburbs to ban car washing and asked farmers to fallow their alfalfa fields, as the valley's wells fell to their lowest level in 40 years.

The board also forced two bottling plants to shut down until the fall, said board chair Rosa Imbert, 61.

"We cannot pump what is not there," Imbert said.`

// TestDirectedActNamesNoDoer checks that "which" and "who" questions about an act a directive verb only asks for ("urged four
// suburbs to ban car washing") are refused, while an implicative verb's act
// ("forced two bottling plants to shut down") is answered.
func TestDirectedActNamesNoDoer(t *testing.T) {
	e := engineOf(t, waterBoard)
	for _, q := range []string{"which suburbs banned car washing", "which suburbs have banned car washing", "who fallowed their alfalfa fields"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: an act only urged or asked for was answered as done:\n%s", q, a.Text)
		}
	}
	if a := ask(t, e, knowledge.Question{Text: "which plants shut down"}); !a.Found || !strings.Contains(a.Text, "bottling") {
		t.Errorf("which plants shut down: the forced act is done, want the bottling plants:\n%s", a.Text)
	}
	if a := ask(t, e, knowledge.Question{Text: "who urged suburbs to ban car washing"}); !a.Found || !strings.Contains(a.Text, "water board") {
		t.Errorf("who urged suburbs to ban car washing: the directive's own doer answers, want the water board:\n%s", a.Text)
	}
}
