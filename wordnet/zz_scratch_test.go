package wordnet

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchDump(t *testing.T) {
	w, _ := Open("/usr/share/wordnet")
	for _, word := range strings.Fields(os.Getenv("WORDS")) {
		word = strings.ReplaceAll(word, "+", " ")
		fmt.Printf("%s ant: %v\n", word, w.Antonyms(word))
		for _, s := range w.Synonyms(word) {
			if a := w.Antonyms(s); len(a) > 0 {
				fmt.Printf("   via %s: %v\n", s, a)
			}
		}
	}
}
