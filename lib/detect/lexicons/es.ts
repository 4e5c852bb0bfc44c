/**
 * Spanish. Reporting verbs are the "verbos de habla" (verba dicendi) Spanish grammars list for reported
 * speech, in the preterite and present news copy uses after a quote ("dijo el ministro", "afirmó");
 * "según" is the source form; titles and offices from Spanish-language news; pronouns él/ella.
 */
import type { LanguageLexicon } from './types';

/** Spanish news usage. */
export const ES: LanguageLexicon = {
  code: 'es',
  verbs:
    'dijo dice dijeron escribió sostuvo advirtió reconoció pidió dicho reconoce sostiene advierte pide prometió cuenta prosiguió concluyó sostenido advertido pedido escrito expuso refirió sugirió',
  stems:
    'relat afirm declar asegur explic añad señal indic precis subray insist apunt destac agreg coment admit reiter anunci lament critic denunci respond detall expres manifest recalc sentenci remarc matiz confirm ironiz avis alert aclar apostill zanj replic contest valor opin argument enfatiz asever confes continu resum incid defend reconoc record cont avanz calific quej promet dispar desliz plante consider estim evalu acot resalt celebr compromet remach abund ahond esgrim reproch espet proclam reivindic censur exig reclam vaticin pronostic augur garantiz agradec arremet puntualiz remat retruc grafic sintetiz extern acus',
  endings: 'ó a an aba aron ado ó ió e en ido ieron ía',
  according: 'según',
  articles: 'el la los las un una su sus de del',
  glue: 'ha han había habían habría habrían se le les además también luego',
  he: 'él',
  she: 'ella',
  impersonal: 'se',
  roles:
    'economista ministro presidente portavoz juez director diputado senador alcalde alcaldesa secretario embajador jefe abogado consejero delegado fiscal concejal vicepresidente dirigente líder entrenador jugador capitán investigador experto analista coordinador gerente rector médico mandatario funcionario congresista gobernador técnico preparador míster titular vocero legislador',
  // Spanish copy avoids repeating a title: the coach becomes "el técnico", the president "el mandatario".
  epithets: [
    'entrenador técnico preparador míster',
    'presidente mandatario gobernador jefe_ejecutivo jefe_gobierno jefe_estado titular_ejecutivo',
    'alcalde mandatario',
    // Whoever leads or speaks for a "bancada" (a parliamentary group) is a legislator.
    'senador diputado congresista legislador parlamentario bancada',
    'ministro viceministro secretario funcionario titular jefe_gabinete',
    'dirigente líder secretario',
    'portavoz vocero',
  ],
  postnominal: true,
  bodies:
    'ministerio secretaría bancada ayuntamiento consejería gobierno policía tribunal fiscalía guardia junta comisión sindicato partido hospital universidad asociación federación confederación fundación instituto consejo colegio cámara asamblea organización comité',
  of: 'de del la los las',
  outlets: 'diario periódico agencia cadena semanario revista emisora club',
  addressee: 'a al',
  agent: 'por',
  describers: { m: 'el este', f: 'la esta' },
  spokespeople: 'portavoz vocero vocera',
  pastMarks: 'ex',
  // Sentences open on adverbs, conjunctions and question words ("Además, …", "Sin embargo …"), which a capital
  // alone would take for a name.
  notNames:
    'además también asimismo entonces ahora hoy ayer mañana luego después antes todavía aún incluso finalmente igualmente pero aunque porque así pues sin embargo quién qué dónde cuándo cómo mientras tanto paralelamente',
  common: 'el la los las que del por una con para es se y pero',
};
