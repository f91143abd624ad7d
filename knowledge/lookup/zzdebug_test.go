package lookup

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZART"))
	e := engineOf(t, string(b))
	for x, ent := range e.a.Entities {
		var ws []string
		for _, tok := range e.describedBy(x) {
			ws = append(ws, tok.lower+"/"+tok.stem)
		}
		fmt.Println(x, ent.Name, ent.Kind, ws)
	}
	q := e.understand(os.Getenv("ZZQ"), nil)
	for _, tm := range q.terms {
		fmt.Printf("term %+v\n", tm)
	}
	fmt.Println("subjects", q.subjects, "roleShaped", asksRole(q), e.namesPersonNoun(q))
}
