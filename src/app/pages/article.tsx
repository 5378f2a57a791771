import { useParams } from "react-router";
import { useArticle } from "../../features/article/api/get-article";
import { ArticleReader } from "../../features/article/components/ArticleReader";

export function ArticleRoute() {
  const { slug = "" } = useParams();
  const { data: article } = useArticle(slug);
  return (
    <>
      <title>{article.title}</title>
      <ArticleReader article={article} />
    </>
  );
}
