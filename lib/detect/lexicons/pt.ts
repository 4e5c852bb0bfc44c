/**
 * Portuguese. Reporting verbs are the "verbos dicendi" of Portuguese grammars, in the preterite and present
 * news copy uses ("disse", "afirmou", "declarou"); "segundo" is the source form; titles and offices from
 * Portuguese-language news; pronouns ele/ela.
 */
import type { LanguageLexicon } from './types';

/** Portuguese news usage. */
export const PT: LanguageLexicon = {
  code: 'pt',
  verbs:
    'disse diz dizem disseram escreveu respondeu admitiu contou conta garantiu insistiu concluiu defendeu admite garante referiu refere prometeu promete atirou atira acusou acusa considerou considera apontou aponta rematou remata adiantou adianta reiterou reitera recordou recorda lamentou lamenta confessou confessa vincou',
  stems:
    'afirm declar explic acrescent ressalt destac assegur sublinh avis coment ressalv reforç pontu avali lembr alert critic anunci relat complet observ sustent enfatiz argument reclam desabaf salient fris',
  endings: 'ou a am ava ado aram',
  according: 'segundo conforme',
  articles: 'o a os as um uma',
  glue: 'tem têm tinha ainda também',
  he: 'ele',
  she: 'ela',
  impersonal: 'se',
  roles:
    'ministro presidente porta-voz juiz diretor deputado senador prefeito secretário advogado governador vereador procurador delegado técnico treinador jogador capitão pesquisador especialista analista dirigente primeiro-ministro coordenador líder governante médico infectologista epidemiologista economista chefe autarca cientista eleito',
  // News copy avoids repeating a title: a minister becomes "a governante", a union leader "o dirigente", a
  // mayor "o autarca", the prime minister "o chefe do Governo", a scientist "a pesquisadora".
  epithets: [
    'ministro governante',
    'coordenador dirigente líder',
    'técnico treinador',
    'presidente_câmara prefeito autarca',
    'primeiro-ministro chefe_governo',
    'pesquisador epidemiologista infectologista especialista cientista',
    // The head of an association, a union or a federation is "o dirigente associativo", "a dirigente sindical".
    'presidente_associação presidente_sindicato presidente_federação presidente_confederação dirigente',
    // Councillors and members of parliament are "o eleito", "a eleita socialista".
    'vereador deputado eleito',
  ],
  postnominal: true,
  bodies: 'ministério prefeitura governo polícia tribunal procuradoria câmara sindicato partido hospital universidade',
  of: 'de do da dos das',
  outlets: 'jornal agência revista emissora diário clube semanário rádio televisão canal site',
  addressee: 'a ao à aos',
  agent: 'por pelo pela',
  opinion: 'para',
  // "Já Carlos Moreira, 38 anos, …": sentences open on adverbs of contrast right before a name, and on other
  // adverbs, conjunctions and question words ("Além disso, …", "Contudo …"), which a capital alone would take
  // for a name.
  notNames:
    'já entretanto além também contudo porém então agora hoje ontem amanhã depois antes ainda finalmente aliás mesmo assim portanto todavia mas quem onde quando como porque enquanto',
  describers: { m: 'o este esse', f: 'a esta essa' },
  spokespeople: 'porta-voz',
  pastMarks: 'ex antigo antiga',
  common: 'o os da do que não uma com para são em um',
};
