## Textes longs : refusés avec un moyen de les transmettre, affichés en entier, jamais coupés.

error-text-too-long = Ce texte compte { $length } { $length ->
    [one] caractère
    [many] de caractères
   *[other] caractères
} ; ce champ en accepte { $max } au maximum. Pour une contribution plus longue, déposez le texte complet dans un document partagé et envoyez-en ici le lien avec un bref résumé.
form-answer-label = Votre réponse à { $id }
form-answer-kept = Votre réponse actuelle à { $id } compte { $length } { $length ->
    [one] caractère
    [many] de caractères
   *[other] caractères
}, trop pour être modifiée dans ce formulaire : le champ ci-dessous est donc vide et votre réponse est conservée, sauf si vous y en écrivez une nouvelle. Pour la modifier, utilisez { $command }. Elle commence ainsi : « { $excerpt }… »
form-too-long = Ces questions sont trop longues pour un formulaire Slack. Répondez-y une à une avec { $respond }, ou chacune avec { $answer }.
home-more = D’autres éléments vous attendent, qui ne tiennent pas ici : voir { $rounds }, { $meetings } et { $actions }.
